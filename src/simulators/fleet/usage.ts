/**
 * Usage as both simulators read it: the seeded monthly totals, their daily shares, and what grew
 * since (`usage-growth.ts`). Daily usage is derived on demand instead of stored (200,000 cards ×
 * days would cost memory): a stable share of the month's seeded total, from a hash of the card
 * and the day, so both simulators and repeated calls agree (`cmiot.md` §5 daily windows).
 */
import { hash32 } from './prng';
import { grownKb } from './usage-growth';
import { DAY_MS, dayKey, monthKey, shanghaiMidnight, shanghaiParts, startOfShanghaiDay } from '../shared/time';
import type { SimCard } from './types';

/** Seeded KB used on `day` (`yyyy-MM-dd`): the month's total spread over its days with ±50 % noise. */
export function dailyUsageKb(card: SimCard, day: string): number {
  const monthTotal = card.usageKb[day.slice(0, 7)] ?? 0;
  if (monthTotal === 0) return 0;
  const noise = 0.5 + (hash32(card.iccid + day) % 1000) / 1000;
  return Math.round((monthTotal / 30) * noise);
}

/** KB used on the Shanghai day containing `dayMs`, growth up to `now` included. */
export function dayUsageKb(card: SimCard, dayMs: number, now: number): number {
  const day = startOfShanghaiDay(dayMs);
  return dailyUsageKb(card, dayKey(day)) + grownKb(card, day, day + DAY_MS, now);
}

/** KB used in `month` (`yyyy-MM`) up to `now`: the seeded total plus what grew in that month. */
export function monthUsageKb(card: SimCard, month: string, now: number): number {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return (card.usageKb[month] ?? 0) + grownKb(card, shanghaiMidnight(year, index, 1), shanghaiMidnight(year, index + 1, 1), now);
}

/**
 * KB used in the current month before today (as of `now`): the seeded total less today's seeded
 * share, plus what grew before today's midnight. Counted from midnight, not as "month less today",
 * so it stays the same KB all day long.
 */
export function monthBeforeTodayKb(card: SimCard, now: number): number {
  const today = startOfShanghaiDay(now);
  const { year, month } = shanghaiParts(now);
  const seeded = Math.max(0, (card.usageKb[monthKey(now)] ?? 0) - dailyUsageKb(card, dayKey(today)));
  return seeded + grownKb(card, shanghaiMidnight(year, month, 1), today, now);
}
