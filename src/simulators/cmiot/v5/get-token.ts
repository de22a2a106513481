import type { CmiotContext } from '../context';
import { ok, type Envelope } from '../envelope';
import type { Params } from '../params';
import { isValidTransid } from '../transid';
import { v5Failure } from './codes';

/**
 * `get/token` (CMIOT_API25000, `cmiot.md` §3.2, §7.4). `refresh` absent or `0` hands back the
 * appid's active token with its remaining ttl (issuing one if none is active); `1` issues a new
 * one. The always-new knob makes every call behave as `refresh=1`.
 */
export function getToken(params: Params, ctx: CmiotContext): Envelope {
  const appid = params.get('appid') ?? '';
  const password = params.get('password') ?? '';
  const transid = params.get('transid') ?? '';
  const knobs = ctx.knobs();
  const shared = ctx.shared();
  if (appid === '' || password === '') return v5Failure('badCredentials');
  if (appid !== ctx.credentials.appid || password !== ctx.credentials.password) {
    return v5Failure('badCredentials');
  }
  if (!isValidTransid(transid, appid, knobs.v5StrictTransid)) return v5Failure('transidDenied');
  const refresh = params.get('refresh') ?? '0';
  if (refresh !== '0' && refresh !== '1') return v5Failure('badRequest');
  const now = ctx.now();
  const reuse = refresh === '0' && !knobs.alwaysNewToken ? ctx.tokens.current(appid, now) : null;
  const token =
    reuse ?? ctx.tokens.issue(appid, now, shared.tokenLifetimeSec * 1000, shared.oneActiveToken);
  const ttlSeconds = Math.max(0, Math.ceil((token.expiresAt - now) / 1000));
  return ok([{ token: token.token, ttl: knobs.ttlAsNumber ? ttlSeconds : String(ttlSeconds) }]);
}
