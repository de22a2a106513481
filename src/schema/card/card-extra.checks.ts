import { formatShanghaiDate } from '../../domain';
import { BadUserInputError } from '../errors';

/** Argument checks of the CMIOT-only card reads: bad input fails here, before any upstream call. */

const DAY_MS = 24 * 3600 * 1000;

/** Days back `dailyUsage` may ask: yesterday to 7 days ago (`cmiot.md` §5). */
export const DAILY_USAGE_DAYS_BACK = 7;

/** CMIOT `group-member` pages hold at most 50 members (`cmiot.md` §5). */
export const MAX_GROUP_PAGE = 50;

/** `yyyy-MM-dd`, a real calendar day within the window (Shanghai days). */
export function checkUsageDay(date: string, now: number = Date.now()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  // Shanghai midnight of that day; `formatShanghaiDate` round-trips only real calendar days.
  const day = match ? Date.parse(`${match[0]}T00:00:00+08:00`) : Number.NaN;
  if (!match || !Number.isFinite(day) || formatShanghaiDate(day) !== match[0]) {
    throw new BadUserInputError('date', `must be a day as yyyy-MM-dd (got "${date}")`);
  }
  const today = Date.parse(`${formatShanghaiDate(now)}T00:00:00+08:00`);
  const back = Math.round((today - day) / DAY_MS);
  if (back < 1 || back > DAILY_USAGE_DAYS_BACK) {
    const first = formatShanghaiDate(today - DAILY_USAGE_DAYS_BACK * DAY_MS);
    const last = formatShanghaiDate(today - DAY_MS);
    throw new BadUserInputError('date', `must be from ${first} to ${last}, the days CMIOT keeps (got ${date})`);
  }
  return match[0];
}

export function checkGroupId(groupId: string): string {
  const id = groupId.trim();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new BadUserInputError('groupId', 'must be 1 to 64 letters, digits, "_" or "-"');
  return id;
}

export function checkGroupPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_GROUP_PAGE) {
    throw new BadUserInputError('first', `must be from 1 to ${MAX_GROUP_PAGE} (got ${first})`);
  }
  return first;
}
