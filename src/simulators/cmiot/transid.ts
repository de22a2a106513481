import { parseCompact } from '../shared/time';

/**
 * transid checks shared by v2 and v5 (`cmiot.md` §1.3, §7.3, §7.5).
 *
 * Strict: at most 48 characters, the appid, then 14 digits forming a real Asia/Shanghai
 * `yyyyMMddHHmmss`, then exactly 8 digits. Relaxed: at most 48 characters with the appid
 * prefix. Several public clients with broken transids appear to work against the real
 * platform, hence the relaxed mode.
 */
export const TRANSID_MAX_LENGTH = 48;

export function isValidTransid(transid: string, appid: string, strict: boolean): boolean {
  if (transid.length === 0 || transid.length > TRANSID_MAX_LENGTH) return false;
  if (!transid.startsWith(appid)) return false;
  if (!strict) return true;
  const rest = transid.slice(appid.length);
  if (!/^\d{22}$/.test(rest)) return false;
  return parseCompact(rest.slice(0, 14)) !== null;
}
