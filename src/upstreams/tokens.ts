import pino, { type Logger } from 'pino';
import { UpstreamError, type UpstreamName } from './errors';
import { untilAborted } from './flow-wait';
import { signalOf, type RequestFlow } from './request-flow';
import { NO_METRICS, type UpstreamMetrics } from './metrics';
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
 *
 * The shared store is an accelerator (ARCHITECTURE.md): when it does not answer, each process
 * fetches for itself, still single-flight, and says so once. Without the store, replicas cannot
 * agree on a token, and with one active token per credential (`shingsou.md` §2.1 knob, OneLink
 * `cmiot.md` §3.2) each one's fetch kills the other's: so while the store is down, a token
 * rejected soon after a rejection-driven fetch is not fetched again before `rejectedRefetchMs`,
 * and the calls in between fail with a coded error instead of feeding a refresh storm.
 *
 * A request waits for a fetch only until its own deadline (its flow's signal); the fetch
 * itself goes on for the others, and is bounded by the token call's own timeout.
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
  /**
   * The shortest time between two fetches caused by a rejected token, per key and process.
   * Default 10 s: bounds what replicas that cannot share (Redis down) do to each other; applies
   * only while the shared store is down.
   */
  rejectedRefetchMs?: number;
  /** Where "the token store is down/up" goes, once per transition. Silent by default. */
  log?: Logger;
  /** Token fetches, and reads of the cache as hits or misses. Default `NO_METRICS`. */
  metrics?: UpstreamMetrics;
}

/** `min(300 s, 10 % of the lifetime)`: `shingsou.md` §8.1, `cmiot.md` §8.1. */
export function refreshMargin(token: CachedToken): number {
  return Math.min(300_000, (token.expiresAt - token.issuedAt) / 10);
}

/** Raised inside the cache when the shared store does not answer; never leaves it. */
class StoreDown extends Error {}

export class TokenCache {
  /** The last token seen per key, so the hot path does not read Redis on every call. */
  private readonly local = new Map<string, CachedToken>();
  private readonly inFlight = new Map<string, Promise<CachedToken>>();
  private readonly failures = new Map<string, { error: UpstreamError; until: number }>();
  /** When this process last fetched a key because its token was rejected. */
  private readonly rejectedFetchAt = new Map<string, number>();
  private readonly now: () => number;
  private readonly backoffMs: number;
  private readonly lockTtlMs: number;
  private readonly pollMs: number;
  private readonly rejectedRefetchMs: number;
  private readonly log: Logger;
  private readonly metrics: UpstreamMetrics;
  private storeDown = false;

  constructor(
    private readonly store: TokenStore,
    options: TokenCacheOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.backoffMs = options.authFailureBackoffMs ?? 30_000;
    this.lockTtlMs = options.lockTtlMs ?? 15_000;
    this.pollMs = options.pollMs ?? 25;
    this.rejectedRefetchMs = options.rejectedRefetchMs ?? 10_000;
    this.log = options.log ?? pino({ level: 'silent' });
    this.metrics = options.metrics ?? NO_METRICS;
  }

  /** A token valid now. Starts a background refresh when it is inside the refresh margin. */
  async get(source: TokenSource, flow?: RequestFlow): Promise<string> {
    const token = this.fresh(this.local.get(source.key)) ?? this.fresh(await this.read(source.key));
    this.metrics.cache('token', token ? 'hit' : 'miss', 1);
    if (token) {
      this.local.set(source.key, token);
      if (this.inMargin(token)) {
        // Its failure surfaces on the first call that needs the next token.
        this.fetchOnce(source, 'ahead-of-expiry').catch(() => undefined);
      }
      return token.value;
    }
    return (await this.wait(source, this.fetchOnce(source, 'cold'), flow)).value;
  }

  /**
   * Passive refresh after the upstream rejected `rejected`. If the store already holds another
   * token (a concurrent request or replica replaced it), that one is used; otherwise one fetch.
   */
  async replace(source: TokenSource, rejected: string, flow?: RequestFlow): Promise<string> {
    const stored = this.fresh(await this.read(source.key)) ?? this.fresh(this.local.get(source.key));
    if (stored && stored.value !== rejected) {
      this.local.set(source.key, stored);
      return stored.value;
    }
    return (await this.wait(source, this.fetchOnce(source, 'rejected', rejected), flow)).value;
  }

  /** This request's wait for a shared fetch: ends at its deadline, the fetch goes on. */
  private wait(source: TokenSource, fetching: Promise<CachedToken>, flow: RequestFlow | undefined): Promise<CachedToken> {
    return untilAborted(fetching, signalOf(flow), source.upstream, 'waiting for an upstream token');
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
    // Background work, with no request's flow (the source's call carries none): the fetch is
    // shared, so one request's deadline must not abort it for the others (issue 9 item 1); its
    // own timeout bounds it.
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
    try {
      for (;;) {
        const release = await this.shared(() => this.store.tryLock(source.key, this.lockTtlMs));
        if (release) {
          try {
            // Another process may have fetched while we waited for the lock.
            const stored = await this.shared(() => this.store.get(source.key));
            if (this.satisfies(stored, reason, rejected)) return stored;
            return await this.fetchAndStore(source, reason, rejected, stored, 'shared');
          } finally {
            await release().catch(() => undefined);
          }
        }
        const stored = await this.shared(() => this.store.get(source.key));
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
    } catch (error) {
      if (!(error instanceof StoreDown)) throw error;
      // No shared store: this process fetches for itself, still once (`inFlight`).
      return this.fetchAndStore(source, reason, rejected, undefined, 'alone');
    }
  }

  private async fetchAndStore(
    source: TokenSource,
    reason: FetchReason,
    rejected: string | undefined,
    previous: CachedToken | undefined,
    /**
     * `alone`: the shared store is configured but down, so replicas cannot agree on a token and
     * the hold-back applies. With the store up (its lock orders the fetches) or a memory store
     * (one process), a rejected token is replaced at once: a simulator restart or a credential
     * rotation must not cost `rejectedRefetchMs` of UPSTREAM_AUTH_FAILED.
     */
    sharing: 'shared' | 'alone',
  ): Promise<CachedToken> {
    if (reason === 'rejected' && sharing === 'alone') this.holdBackRefetch(source);
    let fetched: FetchedToken;
    this.metrics.tokenFetch(source.upstream);
    try {
      fetched = await source.fetch(reason, rejected, previous ?? this.local.get(source.key));
    } catch (error) {
      this.log.warn(
        { upstream: source.upstream, reason, code: error instanceof UpstreamError ? error.code : 'UNEXPECTED' },
        'upstream token fetch failed',
      );
      if (error instanceof UpstreamError && error.code === 'UPSTREAM_AUTH_FAILED') {
        // Credentials do not heal by retrying: wait before asking again (`cmiot.md` §8.3).
        this.failures.set(source.key, { error, until: this.now() + this.backoffMs });
      }
      throw error;
    }
    this.failures.delete(source.key);
    const issuedAt = this.now();
    const token = { value: fetched.value, issuedAt, expiresAt: issuedAt + fetched.ttlSeconds * 1000 };
    // The transition, never the token: which upstream, why, and for how long it serves.
    this.log.info({ upstream: source.upstream, reason, sharing, ttlSeconds: fetched.ttlSeconds }, 'upstream token fetched');
    // Kept locally whatever happens: a store that does not take it costs the others one fetch.
    await this.shared(() => this.store.set(source.key, token, fetched.ttlSeconds * 1000)).catch(() => undefined);
    return token;
  }

  /**
   * A rejection-driven fetch at most once per `rejectedRefetchMs`: a token rejected right after
   * such a fetch was most likely killed by another holder of the same credential (one active
   * token, `shingsou.md` §2.1), and fetching again would kill theirs in turn.
   */
  private holdBackRefetch(source: TokenSource): void {
    const last = this.rejectedFetchAt.get(source.key);
    const now = this.now();
    if (last !== undefined && now - last < this.rejectedRefetchMs) {
      const waitSeconds = Math.ceil((last + this.rejectedRefetchMs - now) / 1000);
      throw new UpstreamError({
        upstream: source.upstream,
        code: 'UPSTREAM_AUTH_FAILED',
        message: `the upstream rejected a token fetched moments ago (another client may hold the credential's only active token); next fetch in ${waitSeconds} s`,
        retryable: true,
        retryAfterSeconds: waitSeconds,
      });
    }
    this.rejectedFetchAt.set(source.key, now);
  }

  /** A read of the store that treats "the store is down" as a miss. */
  private async read(key: string): Promise<CachedToken | undefined> {
    try {
      return await this.shared(() => this.store.get(key));
    } catch {
      return undefined;
    }
  }

  /** Runs a store operation; its failure becomes `StoreDown`, logged once per transition. */
  private async shared<T>(operation: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await operation();
    } catch {
      if (!this.storeDown) {
        this.storeDown = true;
        this.log.warn({ tokens: 'per-process' }, 'token store unreachable: each process fetches its own upstream tokens, once at a time');
      }
      throw new StoreDown();
    }
    if (this.storeDown) {
      this.storeDown = false;
      this.log.warn({ tokens: 'shared' }, 'token store answers again: upstream tokens are shared again');
    }
    return result;
  }
}
