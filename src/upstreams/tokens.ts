import type Keyv from 'keyv';
import { UpstreamError } from './errors';

/**
 * The token cache: one access token per upstream credential, fetched once, shared, and
 * refreshed ahead of expiry.
 *
 * Both upstreams punish a client that fetches tokens freely: Shingsou warns that competing
 * refreshes overwrite each other (`shingsou.md` §2.1, 覆盖), and CMIOT keeps one active token per
 * appid, so a second fetch kills the first (`cmiot.md` §3.2). So: single-flight within the
 * process, the token kept in keyv (memory, or Redis shared by replicas), a refresh started
 * ahead of expiry while the old token still serves, and a passive refresh that replaces a
 * token only if it is still the one that failed.
 */

export interface CachedToken {
  value: string;
  /** Epoch ms. */
  issuedAt: number;
  /** Epoch ms. */
  expiresAt: number;
}

export interface FetchedToken {
  value: string;
  ttlSeconds: number;
}

/** Why a fetch happens; CMIOT sends `refresh=0` for the first and `refresh=1` otherwise. */
export type FetchReason = 'cold' | 'ahead-of-expiry' | 'rejected';

export interface TokenSource {
  /** Cache key: the upstream and the credential, never the secret. */
  readonly key: string;
  fetch(reason: FetchReason, rejected?: string): Promise<FetchedToken>;
}

export interface TokenCacheOptions {
  now?: () => number;
  /** How long a credential error blocks further token requests. Default 30 s. */
  authFailureBackoffMs?: number;
}

/** `min(300 s, 10 % of the lifetime)`: `shingsou.md` §8.1, `cmiot.md` §8.1. */
export function refreshMargin(token: CachedToken): number {
  return Math.min(300_000, (token.expiresAt - token.issuedAt) / 10);
}

export class TokenCache {
  private readonly inFlight = new Map<string, Promise<CachedToken>>();
  private readonly failures = new Map<string, { error: UpstreamError; until: number }>();
  private readonly now: () => number;
  private readonly backoffMs: number;

  constructor(
    private readonly store: Keyv<CachedToken>,
    options: TokenCacheOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.backoffMs = options.authFailureBackoffMs ?? 30_000;
  }

  /** A token valid now. Starts a background refresh when it is inside the refresh margin. */
  async get(source: TokenSource): Promise<string> {
    const cached = await this.store.get(source.key);
    const now = this.now();
    if (cached && cached.expiresAt > now) {
      if (cached.expiresAt - now <= refreshMargin(cached)) {
        // The refresh's failure surfaces on the first call that needs the next token.
        this.fetchOnce(source, 'ahead-of-expiry').catch(() => undefined);
      }
      return cached.value;
    }
    return (await this.fetchOnce(source, 'cold')).value;
  }

  /**
   * Passive refresh after the upstream rejected `rejected`. If the cache already holds another
   * token (a concurrent request or replica refreshed it), that one is used; otherwise one fetch.
   */
  async replace(source: TokenSource, rejected: string): Promise<string> {
    const cached = await this.store.get(source.key);
    if (cached && cached.value !== rejected && cached.expiresAt > this.now()) return cached.value;
    return (await this.fetchOnce(source, 'rejected', rejected)).value;
  }

  private fetchOnce(source: TokenSource, reason: FetchReason, rejected?: string): Promise<CachedToken> {
    const running = this.inFlight.get(source.key);
    if (running) return running;
    const fetching = this.fetch(source, reason, rejected).finally(() => this.inFlight.delete(source.key));
    this.inFlight.set(source.key, fetching);
    return fetching;
  }

  private async fetch(source: TokenSource, reason: FetchReason, rejected?: string): Promise<CachedToken> {
    const failure = this.failures.get(source.key);
    if (failure && failure.until > this.now()) throw failure.error;
    let fetched: FetchedToken;
    try {
      fetched = await source.fetch(reason, rejected);
    } catch (error) {
      if (error instanceof UpstreamError && error.code === 'UPSTREAM_AUTH_FAILED') {
        // Credentials do not heal by retrying: wait before asking again (`cmiot.md` §8.3).
        this.failures.set(source.key, { error, until: this.now() + this.backoffMs });
      }
      throw error;
    }
    this.failures.delete(source.key);
    const issuedAt = this.now();
    const token = { value: fetched.value, issuedAt, expiresAt: issuedAt + fetched.ttlSeconds * 1000 };
    await this.store.set(source.key, token, token.expiresAt - issuedAt);
    return token;
  }
}
