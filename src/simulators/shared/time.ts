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

/*
 * CMIOT's forms: Shanghai local time without an offset (`cmiot.md` §1.4), `yyyyMMdd`,
 * `yyyyMMddHHmmss` (v2, §2.2) and `yyyy-MM-dd HH:mm:ss` (v5 results).
 */

export interface ShanghaiParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function shanghaiParts(epochMs: number): ShanghaiParts {
  const d = new Date(epochMs + OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** `yyyyMMdd`. */
export function formatDay(epochMs: number): string {
  const p = shanghaiParts(epochMs);
  return `${p.year}${p2(p.month)}${p2(p.day)}`;
}

/** `yyyyMMddHHmmss` (v2 DECISION for `opentime` and product dates, §2.2). */
export function formatCompact(epochMs: number): string {
  const p = shanghaiParts(epochMs);
  return `${p.year}${p2(p.month)}${p2(p.day)}${p2(p.hour)}${p2(p.minute)}${p2(p.second)}`;
}

/** `yyyy-MM-dd HH:mm:ss` (v5 result timestamps, §1.4). */
export function formatDateTime(epochMs: number): string {
  const p = shanghaiParts(epochMs);
  return `${p.year}-${p2(p.month)}-${p2(p.day)} ${p2(p.hour)}:${p2(p.minute)}:${p2(p.second)}`;
}

/** Epoch ms of Shanghai midnight starting the given calendar day. */
export function shanghaiMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - OFFSET_MS;
}

/**
 * Parses `yyyyMMdd`, `yyyyMMddHHmmss` (by length) into epoch ms, or `null` when it is not a
 * real calendar instant (month 13, Feb 30, hour 24 ...).
 */
export function parseCompact(text: string): number | null {
  if (!/^\d{8}(\d{6})?$/.test(text)) return null;
  const n = (from: number, len: number): number => Number(text.slice(from, from + len));
  const parts: ShanghaiParts = {
    year: n(0, 4),
    month: n(4, 2),
    day: n(6, 2),
    hour: text.length > 8 ? n(8, 2) : 0,
    minute: text.length > 8 ? n(10, 2) : 0,
    second: text.length > 8 ? n(12, 2) : 0,
  };
  const ms =
    Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) -
    OFFSET_MS;
  const back = shanghaiParts(ms);
  const same =
    back.year === parts.year &&
    back.month === parts.month &&
    back.day === parts.day &&
    back.hour === parts.hour &&
    back.minute === parts.minute &&
    back.second === parts.second;
  return same ? ms : null;
}

/** Parses `yyyyMM` into the epoch ms of that month's first Shanghai midnight, or `null`. */
export function parseMonth(text: string): number | null {
  return /^\d{6}$/.test(text) ? parseCompact(`${text}01`) : null;
}
