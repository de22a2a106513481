/**
 * Issued access tokens. Opaque random strings (§2.1 DECISION: the real ones are very likely JWTs;
 * the client never parses them). With the one-active-token knob, a new token for a client
 * invalidates the previous ones: the 覆盖 the vendor warns about.
 */
import { randomToken } from '../../shared/random';

export interface IssuedToken {
  clientId: string;
  account: string;
  scopes: ReadonlySet<string>;
  expiresAt: number;
}

export type TokenCheck = { ok: true; token: IssuedToken } | { ok: false; expired: boolean };

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  issue(grant: Omit<IssuedToken, 'expiresAt'>, lifetimeSec: number, oneActive: boolean, now: number): string {
    if (oneActive) {
      for (const [value, token] of this.tokens) if (token.clientId === grant.clientId) this.tokens.delete(value);
    }
    this.sweep(now);
    const value = randomToken(32);
    this.tokens.set(value, { ...grant, expiresAt: now + lifetimeSec * 1000 });
    return value;
  }

  check(value: string, now: number): TokenCheck {
    const token = this.tokens.get(value);
    if (!token) return { ok: false, expired: false };
    if (now >= token.expiresAt) return { ok: false, expired: true };
    return { ok: true, token };
  }

  /** Forgets tokens expired for over a day, so a long run does not grow without bound. */
  private sweep(now: number): void {
    if (this.tokens.size < 1000) return;
    for (const [value, token] of this.tokens) if (now - token.expiresAt > 86_400_000) this.tokens.delete(value);
  }
}
