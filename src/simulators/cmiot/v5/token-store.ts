import { randomBytes } from 'node:crypto';

/**
 * v5 tokens (`cmiot.md` §3.2, §7.4). Tokens are opaque random strings; each has an expiry.
 * With one-active-token on, issuing a token for an appid invalidates every earlier one of
 * that appid, as the real platform does ("takes effect immediately").
 */
export interface IssuedToken {
  token: string;
  appid: string;
  expiresAt: number;
}

export class TokenStore {
  private readonly byToken = new Map<string, IssuedToken>();
  private readonly latest = new Map<string, IssuedToken>();

  issue(appid: string, now: number, lifetimeMs: number, oneActive: boolean): IssuedToken {
    if (oneActive) {
      for (const [token, entry] of this.byToken) {
        if (entry.appid === appid) this.byToken.delete(token);
      }
    }
    this.dropExpired(now);
    const issued: IssuedToken = {
      token: randomBytes(16).toString('hex'),
      appid,
      expiresAt: now + lifetimeMs,
    };
    this.byToken.set(issued.token, issued);
    this.latest.set(appid, issued);
    return issued;
  }

  /** The appid's most recent token while still valid (what `refresh=0` hands back). */
  current(appid: string, now: number): IssuedToken | null {
    const entry = this.latest.get(appid);
    return entry && this.byToken.has(entry.token) && entry.expiresAt > now ? entry : null;
  }

  /** The token's entry when it is known, not replaced and not expired. */
  resolve(token: string, now: number): IssuedToken | null {
    const entry = this.byToken.get(token);
    return entry && entry.expiresAt > now ? entry : null;
  }

  clear(): void {
    this.byToken.clear();
    this.latest.clear();
  }

  private dropExpired(now: number): void {
    for (const [token, entry] of this.byToken) {
      if (entry.expiresAt <= now) this.byToken.delete(token);
    }
  }
}
