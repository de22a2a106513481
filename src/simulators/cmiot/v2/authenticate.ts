import type { CmiotContext } from '../context';
import type { Envelope } from '../envelope';
import type { Params } from '../params';
import { isValidTransid } from '../transid';
import { v2Failure } from './codes';
import { v2TokenMatches } from './signature';

/**
 * The public checks of every v2 call, in the contract's order (`cmiot.md` §7.3):
 * `appid`, `transid`, `ebid`, `token` present (`10`); a known appid whose
 * `sha256(appid+password+transid)` equals `token`, any hex case (`7`); a well-formed transid
 * (`13`, relaxable); the optional IP whitelist (`6`). `ebid` must be present but its value is
 * not checked (§2.1 DECISION: the official samples send other APIs' ebids).
 */
export function checkV2Public(params: Params, ctx: CmiotContext, clientIp: string): Envelope | null {
  const appid = params.get('appid') ?? '';
  const transid = params.get('transid') ?? '';
  const ebid = params.get('ebid') ?? '';
  const token = params.get('token') ?? '';
  if (appid === '' || transid === '' || ebid === '' || token === '') return v2Failure('paramCount');
  const { credentials } = ctx;
  if (appid !== credentials.appid || !v2TokenMatches(token, appid, credentials.password, transid)) {
    return v2Failure('tokenDenied');
  }
  const knobs = ctx.knobs();
  if (!isValidTransid(transid, appid, !knobs.v2RelaxedTransid)) return v2Failure('badParamName');
  if (knobs.ipWhitelist && !knobs.ipWhitelist.includes(clientIp)) return v2Failure('ipDenied');
  return null;
}

/** `::ffff:127.0.0.1` → `127.0.0.1`, so a whitelist can name IPv4 addresses plainly. */
export function plainIp(address: string | undefined): string {
  const ip = address ?? '';
  return ip.startsWith('::ffff:') ? ip.slice('::ffff:'.length) : ip;
}
