/**
 * Asia/Shanghai wall-clock formatting and parsing. Every CMIOT date is Shanghai local time
 * without an offset (`cmiot.md` §1.4); Shanghai is UTC+8 all year (no DST), so a fixed offset
 * is exact and independent of the host's timezone (§1.3 DECISION).
 */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

export interface ShanghaiParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function shanghaiParts(epochMs: number): ShanghaiParts {
  const d = new Date(epochMs + SHANGHAI_OFFSET_MS);
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
  return Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS;
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
    SHANGHAI_OFFSET_MS;
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
