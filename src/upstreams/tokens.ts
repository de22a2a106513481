import { UpstreamError, type UpstreamName } from './errors';
import type { CachedToken, TokenStore } from './token-store';

export type { CachedToken } from './token-store';

/**
 * The token cache: one access token per upstream credential, fetched once, shared, and
 * refreshed ahead of expiry.
 *
 * Both upstreams punish a client that fetches tokens freely: Shingsou warns that competing
 * refreshes overwrite each other (`shingsou.md` §2.1, 覆盖), and CMIOT keeps one active token per
 * appid, so a second fetch kills the first (`cmiot.md` §3.2). So: single-flight within the
 * process, a lock in the shared store across processes (the others wait and read what the lock
 * holder stored), a refresh started ahead of expiry while the old token still serves, and a
 * passive refresh that replaces a token only if it is still the one that failed.
 */

export interface FetchedToken {
  value: string;
  ttlSeconds: number;
}

/** Why a fetch happens; CMIOT sends `refresh=0` for the first and `refresh=1` otherwise. */
export type FetchReason = 'cold' | 'ahead-of-expiry' | 'rejected';

export interface TokenSource {
  readonly upstream: UpstreamName;
  /** Cache key: the upstream and the credential, never the secret. */
  readonly key: string;
  /**
   * `rejected`: the token the upstream refused (passive refresh). `previous`: the last token
   * stored for this key, expired or not, whose lifetime tells what a normal token lives.
   */
  fetch(reason: FetchReason, rejected?: string, previous?: CachedToken): Promise<FetchedToken>;
}

export interface TokenCacheOptions {
  now?: () => number;
  /** How long a credential error blocks further token requests. Default 30 s. */
  authFailureBackoffMs?: number;
  /** How long a replica may hold the fetch lock before others stop waiting for it. Default 15 s. */
  lockTtlMs?: number;
  /** How often a waiting replica looks for the token the lock holder stores. Default 25 ms. */
  pollMs?: number;
}

/** `min(300 s, 10 % of the lifetime)`: `shingsou.md` §8.1, `cmiot.md` §8.1. */
export function refreshMargin(token: CachedToken): number {
  return Math.min(300_000, (token.expiresAt - token.issuedAt) / 10);
}

export class TokenCache {
  /** The last token seen per key, so the hot path does not read Redis on every call. */
  private readonly local = new Map<string, CachedToken>();
  private readonly inFlight = new Map<string, Promise<CachedToken>>();
  private readonly failures = new Map<string, { error: UpstreamError; until: number }>();
  private readonly now: () => number;
  private readonly backoffMs: number;
  private readonly lockTtlMs: number;
  private readonly pollMs: number;

  constructor(
    private readonly store: TokenStore,
    options: TokenCacheOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.backoffMs = options.authFailureBackoffMs ?? 30_000;
    this.lockTtlMs = options.lockTtlMs ?? 15_000;
    this.pollMs = options.pollMs ?? 25;
  }

  /** A token valid now. Starts a background refresh when it is inside the refresh margin. */
  async get(source: TokenSource): Promise<string> {
    const token = this.fresh(this.local.get(source.key)) ?? this.fresh(await this.store.get(source.key));
    if (token) {
      this.local.set(source.key, token);
      if (this.inMargin(token)) {
        // Its failure surfaces on the first call that needs the next token.
        this.fetchOnce(source, 'ahead-of-expiry').catch(() => undefined);
      }
      return token.value;
    }
    return (await this.fetchOnce(source, 'cold')).value;
  }

  /**
   * Passive refresh after the upstream rejected `rejected`. If the store already holds another
   * token (a concurrent request or replica replaced it), that one is used; otherwise one fetch.
   */
  async replace(source: TokenSource, rejected: string): Promise<string> {
    const stored = this.fresh(await this.store.get(source.key));
    if (stored && stored.value !== rejected) {
      this.local.set(source.key, stored);
      return stored.value;
    }
    return (await this.fetchOnce(source, 'rejected', rejected)).value;
  }

  private fresh(token: CachedToken | undefined): CachedToken | undefined {
    return token && token.expiresAt > this.now() ? token : undefined;
  }

  private inMargin(token: CachedToken): boolean {
    return token.expiresAt - this.now() <= refreshMargin(token);
  }

  /** Whether a stored token already answers the need that made us want to fetch. */
  private satisfies(token: CachedToken | undefined, reason: FetchReason, rejected?: string): token is CachedToken {
    if (!token || !this.fresh(token)) return false;
    if (reason === 'rejected') return token.value !== rejected;
    if (reason === 'ahead-of-expiry') return !this.inMargin(token);
    return true;
  }

  private fetchOnce(source: TokenSource, reason: FetchReason, rejected?: string): Promise<CachedToken> {
    const running = this.inFlight.get(source.key);
    if (running) return running;
    const fetching = this.fetchShared(source, reason, rejected)
      .then((token) => {
        this.local.set(source.key, token);
        return token;
      })
      .finally(() => this.inFlight.delete(source.key));
    this.inFlight.set(source.key, fetching);
    return fetching;
  }

  /** One fetch across every process sharing the store; the others wait for its result. */
  private async fetchShared(source: TokenSource, reason: FetchReason, rejected?: string): Promise<CachedToken> {
    const failure = this.failures.get(source.key);
    if (failure && failure.until > this.now()) throw failure.error;
    const deadline = this.now() + this.lockTtlMs * 2;
    for (;;) {
      const release = await this.store.tryLock(source.key, this.lockTtlMs);
      if (release) {
        try {
          // Another process may have fetched while we waited for the lock.
          const stored = await this.store.get(source.key);
          if (this.satisfies(stored, reason, rejected)) return stored;
          return await this.fetchAndStore(source, reason, rejected, stored);
        } finally {
          await release();
        }
      }
      const stored = await this.store.get(source.key);
      if (this.satisfies(stored, reason, rejected)) return stored;
      // A background refresh need not wait: the current token still serves.
      const current = this.fresh(stored);
      if (reason === 'ahead-of-expiry' && current) return current;
      if (this.now() > deadline) {
        throw new UpstreamError({
          upstream: source.upstream,
          code: 'UPSTREAM_UNAVAILABLE',
          message: 'timed out waiting for another replica to fetch the upstream token',
        });
      }
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }

  private async fetchAndStore(
    source: TokenSource,
    reason: FetchReason,
    rejected: string | undefined,
    previous: CachedToken | undefined,
  ): Promise<CachedToken> {
    let fetched: FetchedToken;
    try {
      fetched = await source.fetch(reason, rejected, previous ?? this.local.get(source.key));
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
    await this.store.set(source.key, token, fetched.ttlSeconds * 1000);
    return token;
  }
}
