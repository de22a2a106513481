import { dayUsageKb, monthBeforeTodayKb, monthUsageKb } from '../fleet/usage';
import type { SimCard } from '../fleet/types';
import { DAY_MS, monthKey, startOfShanghaiDay } from '../shared/time';
import { formatDay, parseCompact, parseMonth, shanghaiMidnight, shanghaiParts } from '../shared/time';

/**
 * Usage as CMIOT reports it (`cmiot.md` §1.4, §5, §7.10), over the fleet's usage (`fleet/usage.ts`:
 * seeded totals, daily shares and growth), so both simulators agree.
 */

/** KB used on a Shanghai day that has ended: CMIOT's daily windows end yesterday (§5). */
export function dayUsage(card: SimCard, dayMs: number): number {
  return dayUsageKb(card, dayMs, startOfShanghaiDay(dayMs) + DAY_MS);
}

/**
 * The month's total up to yesterday 24:00: the current month loses today's share, growth of today
 * included, so a PB card's month-to-date moves only when a day ends (§7.10).
 */
export function monthUpToYesterday(card: SimCard, monthMs: number, now: number): number {
  const key = monthKey(monthMs);
  return key === monthKey(now) ? monthBeforeTodayKb(card, now) : monthUsageKb(card, key, now);
}

/** "This month": PB counts up to yesterday 24:00, CT is real time (§1.4). */
export function monthToDate(card: SimCard, now: number): number {
  return card.platform === 'CT' ? monthUsageKb(card, monthKey(now), now) : monthUpToYesterday(card, now, now);
}

/**
 * A `yyyyMMdd` day inside "one of the last 7 days, up to yesterday" (§5): the epoch ms of its
 * midnight, `'FORMAT'` when it is not a real date, `'RANGE'` when it is outside the window.
 */
export function dailyWindow(text: string, now: number): number | 'FORMAT' | 'RANGE' {
  if (!/^\d{8}$/.test(text)) return 'FORMAT';
  const day = parseCompact(text);
  if (day === null) return 'FORMAT';
  const today = startOfShanghaiDay(now);
  return day >= today - 7 * DAY_MS && day <= today - DAY_MS ? day : 'RANGE';
}

/**
 * A `yyyyMM` month among the last 6 (the current one and the 5 before it, §5): the epoch ms of
 * its first midnight, or `'FORMAT'` / `'RANGE'`.
 */
export function monthlyWindow(text: string, now: number): number | 'FORMAT' | 'RANGE' {
  const month = parseMonth(text);
  if (month === null) return 'FORMAT';
  const p = shanghaiParts(now);
  const index = (y: number, m: number): number => y * 12 + (m - 1);
  const q = shanghaiParts(month);
  const back = index(p.year, p.month) - index(q.year, q.month);
  return back >= 0 && back <= 5 ? month : 'RANGE';
}

/** `deadLine` (DECISION `yyyyMMdd`): the month's last day counted, yesterday for this month. */
export function deadLine(monthMs: number, now: number): string {
  if (monthKey(monthMs) === monthKey(now)) return formatDay(startOfShanghaiDay(now) - DAY_MS);
  const q = shanghaiParts(monthMs);
  // Date.UTC rolls month 13 into January of the next year.
  return formatDay(shanghaiMidnight(q.year, q.month + 1, 1) - DAY_MS);
}
