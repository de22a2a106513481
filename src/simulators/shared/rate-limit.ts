/**
 * A fixed-window request counter per client (`shingsou.md` §2.4 row 4, `cmiot.md` §7.11). The
 * caller picks the key: a subscription key, an appid, an appid plus an API.
 */
export type RateDecision = { ok: true } | { ok: false; retryAfterSec: number };

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  take(key: string, limit: number, windowSec: number, now: number): RateDecision {
    const windowMs = windowSec * 1000;
    let w = this.windows.get(key);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    if (w.count >= limit) return { ok: false, retryAfterSec: Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) };
    w.count += 1;
    return { ok: true };
  }

  clear(): void {
    this.windows.clear();
  }
}
