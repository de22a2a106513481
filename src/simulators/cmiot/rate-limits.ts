import { RateLimiter } from '../shared/rate-limit';
import type { CmiotContext } from './context';

/**
 * Rate-limit knobs (`cmiot.md` §7.11). The shared `rateLimit` counts per appid and API and is
 * answered `71` (v2 and, DECISION, v5); the CMIOT `subscriptionRateLimit` counts per appid
 * over every API and is answered `72` (v2 only).
 */
export type RateVerdict = 'API' | 'SUBSCRIPTION' | null;

export class CmiotRateLimits {
  private readonly limiter = new RateLimiter();

  take(ctx: CmiotContext, appid: string, routeId: string, withSubscription: boolean): RateVerdict {
    const now = ctx.now();
    const api = ctx.shared().rateLimit;
    if (api && !this.limiter.take(`api:${appid}:${routeId}`, api.limit, api.windowSec, now).ok) {
      return 'API';
    }
    const sub = ctx.knobs().subscriptionRateLimit;
    if (withSubscription && sub && !this.limiter.take(`sub:${appid}`, sub.limit, sub.windowSec, now).ok) {
      return 'SUBSCRIPTION';
    }
    return null;
  }

  clear(): void {
    this.limiter.clear();
  }
}
