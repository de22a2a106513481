/**
 * Times as both upstreams show them: ISO-8601 with the +08:00 offset, calendar days and months in
 * Asia/Shanghai (`shingsou.md` §3, `cmiot.md` §1). China has no daylight saving, so a fixed
 * offset is exact.
 */
const OFFSET_MS = 8 * 3600 * 1000;
export const DAY_MS = 24 * 3600 * 1000;

/** `2024-05-01T10:20:30+08:00` */
export function isoShanghai(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 19) + '+08:00';
}

/** `2024-05` */
export function monthKey(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 7);
}

/** `2024-05-01` */
export function dayKey(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch ms of 00:00 Asia/Shanghai on the day that contains `ms`. */
export function startOfShanghaiDay(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS) * DAY_MS - OFFSET_MS;
}

/** Epoch ms of 00:00 Asia/Shanghai of a `yyyy-MM-dd` day, or NaN when malformed. */
export function parseShanghaiDay(day: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return NaN;
  const ms = Date.parse(`${day}T00:00:00+08:00`);
  return Number.isNaN(ms) || dayKey(ms) !== day ? NaN : ms;
}

/** `yyyy-MM` keys of the month containing `ms` and the `count - 1` months before it, newest first. */
export function recentMonths(ms: number, count: number): string[] {
  const d = new Date(ms + OFFSET_MS);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1));
    out.push(m.toISOString().slice(0, 7));
  }
  return out;
}
