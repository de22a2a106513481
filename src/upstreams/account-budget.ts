import { RateLimiterRes } from 'rate-limiter-flexible';
import type { UpstreamName } from './errors';
import { deadlineExceeded, sleep } from './flow-wait';
import { LeaseSemaphore } from './lease-semaphore';
import type { RedisConnection } from './redis';
import { createSharedLimiter, type SharedLimiter } from './shared-limiter';

/**
 * One upstream account's budget: calls in flight and calls per second, shared by every replica
 * (issue 9 item 5). OneLink throttles a whole appid (`71`/`72`, `cmiot.md` §5) and APIM a whole
 * subscription (429, `shingsou.md` §2.4): a bound per process lets N replicas spend N times it.
 *
 * - In flight: the per-process `FairQueue` already bounds a process; with Redis, a lease
 *   semaphore (`lease-semaphore.ts`) bounds the account across replicas.
 * - Per second: rate-limiter-flexible through `createSharedLimiter` (in Redis, bounded, with the
 *   in-memory limiter deciding when Redis does not; in memory only without Redis).
 * Without `KEYV_URL` no Redis round trip is paid. With Redis down, each process keeps its own
 * bound (the in-flight bound per process, the in-memory limiter per second): the account may
 * then see up to one bound per replica, which beats failing every call.
 *
 * Background calls (the fleet sync, `RequestFlow.background`) take from the same budget, so live
 * traffic and the sync together never exceed it; they yield to requests: a background call takes
 * a per-second point only while `BACKGROUND_RESERVE` of the second's points stay free after it,
 * and otherwise gives it back and waits for the next window.
 */
export interface AccountBudget {
  /**
   * Waits for room in the account's budget; the returned function gives the place back.
   * `background`: leave the last `BACKGROUND_RESERVE` of each second's calls to requests.
   */
  acquire(signal: AbortSignal | undefined, background?: boolean): Promise<() => void>;
}

export interface AccountBudgetOptions {
  upstream: UpstreamName;
  /** The account: Shingsou client id, CMIOT appid. Never a secret. */
  account: string;
  /** Calls in flight across every replica. */
  maxInFlight: number;
  /** Calls started per second across every replica; 0 = no bound. */
  callsPerSecond: number;
  /** Shared budget when set; process-local otherwise. */
  redis?: RedisConnection | undefined;
  /** Lease of one in-flight place: longer than the longest call (its timeout). */
  leaseMs: number;
  /** The longest a background call (no request deadline) waits for room. Default 30 s. */
  maxWaitMs?: number;
}

const NOTHING = () => undefined;
/** The share of each second's calls a background call never takes: requests' room. */
export const BACKGROUND_RESERVE = 0.2;
const POLL_FIRST_MS = 5;
const POLL_MAX_MS = 50;

export function createAccountBudget(options: AccountBudgetOptions): AccountBudget {
  const rate = callRate(options);
  const semaphore = options.redis
    ? new LeaseSemaphore(options.redis, `simgraph:budget:${options.upstream}:${options.account}`, options.maxInFlight, options.leaseMs)
    : undefined;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const wait = (ms: number, signal: AbortSignal | undefined) => sleep(ms, signal, options.upstream, 'waiting for room in the upstream account budget');

  async function place(signal: AbortSignal | undefined, until: number): Promise<() => void> {
    if (!semaphore) return NOTHING;
    for (let pollMs = POLL_FIRST_MS; ; pollMs = Math.min(pollMs * 2, POLL_MAX_MS)) {
      let release: (() => Promise<void>) | undefined;
      try {
        release = await semaphore.tryTake();
      } catch {
        // Redis does not answer: the process's own bound (the fair queue) still holds.
        return NOTHING;
      }
      if (release) {
        const giveBack = release;
        return () => void giveBack().catch(() => undefined);
      }
      if (Date.now() + pollMs > until) throw deadlineExceeded(options.upstream, 'waiting for room in the upstream account budget');
      await wait(pollMs + Math.floor(Math.random() * pollMs), signal);
    }
  }

  const reserve = Math.floor(options.callsPerSecond * BACKGROUND_RESERVE);

  async function pace(signal: AbortSignal | undefined, until: number, background: boolean): Promise<void> {
    if (!rate) return;
    for (;;) {
      try {
        const taken = await rate.consume(options.account, 1);
        if (!background || reserve === 0 || taken.remainingPoints >= reserve) return;
        // The second is tight: the point goes back to the requests, the sync waits for the next.
        await rate.reward(options.account, 1);
        throw taken;
      } catch (rejection) {
        // Anything but "over the rate" is a broken limiter: never block calls on it.
        if (!(rejection instanceof RateLimiterRes)) return;
        const ms = Math.max(rejection.msBeforeNext, 1);
        if (Date.now() + ms > until) throw deadlineExceeded(options.upstream, 'waiting for the upstream account rate');
        await wait(ms + Math.floor(Math.random() * 10), signal);
      }
    }
  }

  return {
    async acquire(signal, background = false) {
      const until = Date.now() + maxWaitMs;
      const release = await place(signal, until);
      try {
        await pace(signal, until, background);
      } catch (error) {
        release();
        throw error;
      }
      return release;
    },
  };
}

/** The account's per-second rate; `consume` rejects with `RateLimiterRes` when over it. */
function callRate(options: AccountBudgetOptions): SharedLimiter | undefined {
  if (options.callsPerSecond <= 0) return undefined;
  // Redis shares the rate between replicas; when it does not answer in time, this process keeps
  // the account's rate on its own rather than none (`shared-limiter.ts`).
  return createSharedLimiter(options.redis, { points: options.callsPerSecond, duration: 1, keyPrefix: `simgraph:rate:${options.upstream}` });
}
