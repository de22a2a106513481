/**
 * Asia/Shanghai time helpers. Both upstreams speak Shanghai local time (`cmiot.md` §1.3–§1.4,
 * `shingsou.md` §3), and the host's timezone must never leak in. China has had no DST since
 * 1991, so Shanghai is exactly UTC+8 and plain arithmetic is both exact and fast (no `Intl` on
 * the hot path of every transid).
 */

import { fail, ok, type ParseResult } from './result';

export const SHANGHAI_OFFSET = '+08:00';
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function shanghaiParts(epochMs: number): LocalParts {
  if (!Number.isFinite(epochMs)) {
    throw new RangeError(`Not a valid epoch time: ${epochMs}`);
  }
  // Shift the instant by +8 h and read it back as UTC: that is Shanghai wall-clock time.
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

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * `yyyyMMddHHmmss` in Shanghai, 24-hour clock, calendar year: the CMIOT transid timestamp
 * (`cmiot.md` §1.3). UTC 05:30 renders hour `13`, never `01`.
 */
export function formatShanghaiCompact(epochMs: number): string {
  const p = shanghaiParts(epochMs);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** `yyyyMMdd` in Shanghai: CMIOT day parameters (`query_date`, `cmiot.md` §1.4). */
export function formatShanghaiCompactDate(epochMs: number): string {
  const p = shanghaiParts(epochMs);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}`;
}

/** `yyyyMM` in Shanghai: CMIOT month parameters (`cmiot.md` §1.4). */
export function formatShanghaiCompactMonth(epochMs: number): string {
  const p = shanghaiParts(epochMs);
  return `${pad(p.year, 4)}${pad(p.month)}`;
}

/** `yyyy-MM-dd` in Shanghai: Shingsou date parameters (`shingsou.md` §3). */
export function formatShanghaiDate(epochMs: number): string {
  const p = shanghaiParts(epochMs);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `yyyy-MM` in Shanghai: Shingsou month parameters (`shingsou.md` §3). */
export function formatShanghaiMonth(epochMs: number): string {
  const p = shanghaiParts(epochMs);
  return `${pad(p.year, 4)}-${pad(p.month)}`;
}

/** The current calendar month in Shanghai, `yyyy-MM`. */
export function currentShanghaiMonth(nowMs: number = Date.now()): string {
  return formatShanghaiMonth(nowMs);
}

/** ISO-8601 with `+08:00` and whole seconds, e.g. `2024-05-01T10:20:30+08:00`. */
export function formatShanghaiIso(epochMs: number): string {
  const p = shanghaiParts(epochMs);
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}` +
    `T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${SHANGHAI_OFFSET}`
  );
}

const LOCAL_PATTERNS: readonly RegExp[] = [
  // yyyy-MM-dd HH:mm:ss (CMIOT v5 result timestamps)
  /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/,
  // yyyyMMddHHmmss (CMIOT v2 `opentime`, transids)
  /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/,
  // yyyyMMdd (CMIOT v2 `currentDate`, `statusDate`): midnight
  /^(\d{4})(\d{2})(\d{2})$/,
];

const SHANGHAI_LOCAL_REASON =
  'Expected a Shanghai local time as yyyy-MM-dd HH:mm:ss, yyyyMMddHHmmss or yyyyMMdd';

/**
 * A Shanghai local time without offset → epoch ms. Accepts `yyyy-MM-dd HH:mm:ss`,
 * `yyyyMMddHHmmss` and `yyyyMMdd` (midnight); rejects impossible dates such as `20240230`.
 */
export function parseShanghaiLocalToEpoch(text: string): ParseResult<number> {
  const value = text.trim();
  for (const pattern of LOCAL_PATTERNS) {
    const m = pattern.exec(value);
    if (m === null) continue;
    const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map(Number) as [
      number,
      number,
      number,
      number?,
      number?,
      number?,
    ];
    if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) break;
    const utc = Date.UTC(year, month - 1, day, hour, minute, second);
    // Date.UTC rolls 30 Feb over to March: reject anything that did not survive the round trip.
    if (new Date(utc).getUTCDate() !== day) break;
    return ok(utc - SHANGHAI_OFFSET_MS);
  }
  return fail(SHANGHAI_LOCAL_REASON);
}

/**
 * A Shanghai local time without offset → ISO-8601 with `+08:00` (`cmiot.md` §1.4: "the mapper
 * converts it"). The wall-clock fields are kept as written: `20190315103000` →
 * `2019-03-15T10:30:00+08:00`.
 */
export function parseShanghaiLocal(text: string): ParseResult<string> {
  const epoch = parseShanghaiLocalToEpoch(text);
  return epoch.ok ? ok(formatShanghaiIso(epoch.value)) : epoch;
}
