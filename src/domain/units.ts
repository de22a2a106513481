/**
 * Money and data units (ARCHITECTURE.md "Decisions already taken": money is integer fen plus a
 * formatted string; data is integer KB as the carriers report it).
 */

const FEN_PER_YUAN = 100;

/**
 * Integer fen → `¥24.10` (`-¥5.00` when negative). No thousands separator, matching the
 * vendors' own display (`¥24.1 3GB`, `总额 ¥24.00`, `shingsou.md` §6.1–§6.2).
 * @throws RangeError when `fen` is not a safe integer: money is never fractional fen.
 */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  return `${sign}¥${fenToYuanString(Math.abs(fen))}`;
}

/**
 * Integer fen → decimal yuan string with two decimals, `2410` → `"24.10"`, the wire form CMIOT
 * uses (`cmiot.md` §1.4).
 * @throws RangeError when `fen` is not a safe integer.
 */
export function fenToYuanString(fen: number): string {
  if (!Number.isSafeInteger(fen)) {
    throw new RangeError(`Money must be a whole number of fen, got ${fen}`);
  }
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / FEN_PER_YUAN);
  const cents = abs % FEN_PER_YUAN;
  return `${sign}${yuan}.${String(cents).padStart(2, '0')}`;
}

const YUAN_PATTERN = /^([+-]?)([0-9]*)(?:\.([0-9]*))?$/;

/**
 * Decimal yuan → integer fen, leniently: CMIOT sends money as strings (`"36.85"`,
 * `cmiot.md` §1.1) and some answers carry a blank for zero.
 *
 * - string or number; `""`, `" "`, `null` and `undefined` → `0`;
 * - decimal arithmetic on the digits, so `"36.85"` → `3685` with no float drift;
 * - more than two decimals round half away from zero (`"1.005"` → `101`);
 * - anything else (`"abc"`, `"1e3"`, `NaN`) → `null`, so the mapper can decide and log.
 */
export function yuanToFen(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return 0;
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
    // Very large or tiny numbers print in exponent form; float maths is as good as it gets.
    if (/e/i.test(text)) return safeOrNull(Math.round(value * FEN_PER_YUAN));
  } else {
    text = value.trim();
  }
  if (text === '') return 0;

  const match = YUAN_PATTERN.exec(text);
  if (match === null) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null; // "." or "-"

  const digits = `${fraction}000`;
  let fen = Number(whole || '0') * FEN_PER_YUAN + Number(digits.slice(0, 2));
  if (Number(digits[2]) >= 5) fen += 1;
  return safeOrNull(sign === '-' && fen !== 0 ? -fen : fen);
}

function safeOrNull(n: number): number | null {
  return Number.isSafeInteger(n) ? n : null;
}

/** Carriers count data in binary units: 3 GB = 3145728 KB (`shingsou.md` §6.1). */
export const KB_PER_MB = 1024;
export const KB_PER_GB = 1024 * 1024;

export function kbToMb(kb: number): number {
  return kb / KB_PER_MB;
}

export function kbToGb(kb: number): number {
  return kb / KB_PER_GB;
}

/** Whole KB, rounded, as the carriers count. */
export function mbToKb(mb: number): number {
  return Math.round(mb * KB_PER_MB);
}

/** Whole KB, rounded, as the carriers count. */
export function gbToKb(gb: number): number {
  return Math.round(gb * KB_PER_GB);
}

/**
 * KB → a short display string in the largest unit that keeps the value ≥ 1, at most two
 * decimals with trailing zeros dropped: `3145728` → `"3 GB"`, `1536` → `"1.5 MB"`,
 * `512` → `"512 KB"`.
 */
export function formatKb(kb: number): string {
  const abs = Math.abs(kb);
  if (abs >= KB_PER_GB) return `${trimDecimals(kb / KB_PER_GB)} GB`;
  if (abs >= KB_PER_MB) return `${trimDecimals(kb / KB_PER_MB)} MB`;
  return `${trimDecimals(kb)} KB`;
}

function trimDecimals(n: number): string {
  return String(Number(n.toFixed(2)));
}
