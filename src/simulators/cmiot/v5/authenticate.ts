import type { CmiotContext } from '../context';
import type { Envelope } from '../envelope';
import type { Params } from '../params';
import { isValidTransid } from '../transid';
import { v5Failure } from './codes';

/**
 * Public-parameter checks of every v5 business call (`cmiot.md` §7.5): a missing transid gets
 * `12004`; a missing, unknown, expired or replaced token the exact `12021` body; then the
 * transid must carry the token's appid (strict knob: the full §1.3 format), and with the
 * duplicate knob on it must be new.
 */
export class V5Authenticator {
  private readonly seenTransids = new Set<string>();

  check(params: Params, ctx: CmiotContext): { appid: string } | Envelope {
    const transid = params.get('transid') ?? '';
    if (transid === '') return v5Failure('transidDenied');
    const token = params.get('token') ?? '';
    const entry = token === '' ? null : ctx.tokens.resolve(token, ctx.now());
    if (!entry) return v5Failure('tokenInvalid');
    const knobs = ctx.knobs();
    if (!isValidTransid(transid, entry.appid, knobs.v5StrictTransid)) {
      return v5Failure('transidDenied');
    }
    if (knobs.v5RejectDuplicateTransid) {
      if (this.seenTransids.has(transid)) return v5Failure('transidDenied');
      this.seenTransids.add(transid);
    }
    return { appid: entry.appid };
  }

  reset(): void {
    this.seenTransids.clear();
  }
}
