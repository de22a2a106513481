import { RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError, type RateLimitKind } from '../schema/errors';
import type { RedisConnection } from '../upstreams/redis';
import { createSharedLimiter, type SharedLimiter } from '../upstreams/shared-limiter';

/**
 * Per-API-key budgets (issue 9 item 5): requests per minute, and upstream calls per minute as
 * demand control estimates them. With `KEYV_URL` the counters live in Redis, so every replica
 * spends from one budget per key; without it, in memory per process.
 *
 * Redis is an accelerator, never a dependency of a request: the budgets use the process's one
 * Redis connection (built at the composition root, `app.ts`), whose every operation is bounded
 * and which logs each down/up transition once (`upstreams/redis.ts`). When Redis does not
 * decide, the in-memory budget does (`upstreams/shared-limiter.ts`).
 */
export interface RateLimits {
  /** Spends one request of `key`'s minute; throws `RateLimitedError` when none is left. */
  takeRequest(key: string): Promise<void>;
  /** Spends `calls` estimated upstream calls; throws `RateLimitedError` when they do not fit. */
  takeUpstreamCalls(key: string, calls: number): Promise<void>;
}

export interface RateLimitOptions {
  /** 0 = no limit. */
  requestsPerMinute: number;
  /** 0 = no limit. */
  upstreamCallsPerMinute: number;
  /** The process's Redis connection (`KEYV_URL`), to share the budgets between replicas; the caller closes it. */
  redis?: RedisConnection | undefined;
}

const MINUTE_S = 60;

export function createRateLimits(options: RateLimitOptions): RateLimits {
  const requests = bucket('requests', options.requestsPerMinute, options.redis);
  const calls = bucket('upstreamCalls', options.upstreamCallsPerMinute, options.redis);
  return {
    takeRequest: (key) => take(requests, key, 1),
    takeUpstreamCalls: (key, points) => (points > 0 ? take(calls, key, points) : Promise.resolve()),
  };
}

interface Bucket {
  kind: RateLimitKind;
  perMinute: number;
  limiter: SharedLimiter;
}

function bucket(kind: RateLimitKind, perMinute: number, redis: RedisConnection | undefined): Bucket | undefined {
  if (perMinute === 0) return undefined;
  return { kind, perMinute, limiter: createSharedLimiter(redis, { keyPrefix: `simgraph:rl:${kind}`, points: perMinute, duration: MINUTE_S }) };
}

async function take(bucket: Bucket | undefined, key: string, points: number): Promise<void> {
  if (!bucket) return;
  try {
    await bucket.limiter.consume(key, points);
  } catch (refusal) {
    // A RateLimiterRes is a refusal; anything else is a store failure: let the request through
    // rather than fail it on a counter.
    if (refusal instanceof RateLimiterRes) {
      throw new RateLimitedError(bucket.kind, Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), bucket.perMinute);
    }
  }
}
