import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * v2 per-request signature (`cmiot.md` §2.1): lowercase hex SHA-256 of the UTF-8 string
 * `appid + password + transid`.
 */
export function v2Token(appid: string, password: string, transid: string): string {
  return createHash('sha256').update(appid + password + transid, 'utf8').digest('hex');
}

/** Compares case-insensitively (§7.3) and in constant time. */
export function v2TokenMatches(
  sent: string,
  appid: string,
  password: string,
  transid: string,
): boolean {
  const expected = Buffer.from(v2Token(appid, password, transid), 'utf8');
  const actual = Buffer.from(sent.toLowerCase(), 'utf8');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
