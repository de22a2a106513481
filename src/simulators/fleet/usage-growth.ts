/**
 * Usage that grows by itself (knob `usageGrowth`, `shared/knobs.ts`), computed lazily from the
 * clock: nothing runs on a timer, so the same clock gives the same usage. A growing card accrues
 * `kbPerMinute` while ACTIVE; every change of state files the accrual per Asia/Shanghai day
 * (`followState`), so both simulators can ask for any day or month window and agree
 * (`usage.ts`). A card over its quota keeps growing: none of the status tables has a data-limit
 * stop (`card-status.md` §6), and `flowcard-data` floors `remainingKb` at 0.
 */
import { hash32 } from './prng';
import { DAY_MS, startOfShanghaiDay } from '../shared/time';
import type { SimCard, SimUsageGrowth } from './types';

/** The `usageGrowth` knob's value. */
export interface UsageGrowthKnob {
  share: number;
  quotaPercentPerMinute: number;
}

/** What a card without a quota (不限量) grows against: the 4 GB the seed uses for it too. */
const NO_QUOTA_BASE_KB = 4 * 1024 * 1024;
const UINT32 = 2 ** 32;

/**
 * The card's rate under `knob`, in KB per minute; 0 when the card is not in the growing share.
 * Both draws hash the ICCID, so a card grows (or not) at the same rate in every run of a seed.
 */
export function growthRateKbPerMinute(card: SimCard, knob: UsageGrowthKnob | null): number {
  if (knob === null || hash32(`${card.iccid}#grows`) / UINT32 >= knob.share) return 0;
  // Log-uniform between 0.1 and 10: cards cross 80 % and 100 % one by one over hours, not all at once.
  const factor = 10 ** ((hash32(`${card.iccid}#rate`) / UINT32) * 2 - 1);
  return ((card.quotaKb ?? NO_QUOTA_BASE_KB) * knob.quotaPercentPerMinute * factor) / 100;
}

/** Gives the card a new rate from `now`; what it grew before stays. */
export function setGrowthRate(card: SimCard, kbPerMinute: number, now: number): void {
  const growth = card.growth;
  if (growth === undefined && kbPerMinute === 0) return;
  const next: SimUsageGrowth = growth ?? { kbPerMinute: 0, since: null, byDay: new Map() };
  endAccrual(next, now);
  next.kbPerMinute = kbPerMinute;
  next.since = kbPerMinute > 0 && card.state === 'ACTIVE' ? now : null;
  card.growth = next;
}

/** Call after any change of the card's state at `at`: growth stops outside ACTIVE and restarts in it. */
export function followState(card: SimCard, wasActive: boolean, at: number): void {
  const growth = card.growth;
  if (growth === undefined || growth.kbPerMinute === 0) return;
  const active = card.state === 'ACTIVE';
  if (wasActive && !active) endAccrual(growth, at);
  else if (!wasActive && active) growth.since = at;
}

/**
 * KB the card grew in `[from, to)`, counted up to `now`. `from` must be a Shanghai midnight (days
 * and months are the only windows asked); `to` a midnight or `now`.
 */
export function grownKb(card: SimCard, from: number, to: number, now: number): number {
  const growth = card.growth;
  if (growth === undefined) return 0;
  let kb = 0;
  for (const [day, dayKb] of growth.byDay) if (day >= from && day < to) kb += dayKb;
  if (growth.since !== null) {
    const start = Math.max(from, growth.since);
    const end = Math.min(to, now);
    if (end > start) kb += ((end - start) * growth.kbPerMinute) / 60_000;
  }
  return Math.floor(kb);
}

/** Files the accrual under way per day, up to `at`, and ends it. */
function endAccrual(growth: SimUsageGrowth, at: number): void {
  if (growth.since === null) return;
  let start = growth.since;
  while (start < at) {
    const day = startOfShanghaiDay(start);
    const end = Math.min(at, day + DAY_MS);
    growth.byDay.set(day, (growth.byDay.get(day) ?? 0) + ((end - start) * growth.kbPerMinute) / 60_000);
    start = end;
  }
  growth.since = null;
}
