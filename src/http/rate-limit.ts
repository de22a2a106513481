import { createClient, type RedisClientType } from '@keyv/redis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { RateLimitedError, type RateLimitKind } from './edge-errors';

/**
 * Per-API-key budgets (issue 9 item 5): requests per minute, and upstream calls per minute as
 * demand control estimates them. With `KEYV_URL` the counters live in Redis, so every replica
 * spends from one budget per key; without it, in memory per process.
 *
 * Redis is an accelerator, never a dependency of a request: the client does not queue commands
 * while disconnected (`disableOfflineQueue`), the limiter refuses at once when the connection is
 * not ready (`rejectIfRedisNotReady`), and a command slower than `REDIS_WAIT_MS` is not awaited.
 * In each case the in-memory `insuranceLimiter` decides instead, a per-process budget.
 */
export interface RateLimits {
  /** Spends one request of `key`'s minute; throws `RateLimitedError` when none is left. */
  takeRequest(key: string): Promise<void>;
  /** Spends `calls` estimated upstream calls; throws `RateLimitedError` when they do not fit. */
  takeUpstreamCalls(key: string, calls: number): Promise<void>;
  close(): Promise<void>;
}

export interface RateLimitOptions {
  /** 0 = no limit. */
  requestsPerMinute: number;
  /** 0 = no limit. */
  upstreamCallsPerMinute: number;
  /** `redis://...` to share the budgets between replicas. */
  redisUrl?: string | undefined;
  log: Logger;
}

/** The longest a request waits for Redis before the in-memory budget decides. */
const REDIS_WAIT_MS = 200;
const MINUTE_S = 60;

export function createRateLimits(options: RateLimitOptions): RateLimits {
  const redis = options.redisUrl ? connect(options.redisUrl, options.log) : undefined;
  const requests = bucket('requests', options.requestsPerMinute, redis?.client);
  const calls = bucket('upstreamCalls', options.upstreamCallsPerMinute, redis?.client);
  return {
    takeRequest: (key) => take(requests, key, 1),
    takeUpstreamCalls: (key, points) => (points > 0 ? take(calls, key, points) : Promise.resolve()),
    async close() {
      await redis?.close();
    },
  };
}

interface Bucket {
  kind: RateLimitKind;
  perMinute: number;
  limiter: RateLimiterAbstract;
  /** The limiter that decides when Redis does not answer in time; the same as `limiter` without Redis. */
  fallback: RateLimiterAbstract;
}

function bucket(kind: RateLimitKind, perMinute: number, client: RedisClientType | undefined): Bucket | undefined {
  if (perMinute === 0) return undefined;
  const keyPrefix = `simgraph:rl:${kind}`;
  const memory = new RateLimiterMemory({ keyPrefix, points: perMinute, duration: MINUTE_S });
  if (!client) return { kind, perMinute, limiter: memory, fallback: memory };
  const shared = new RateLimiterRedis({
    storeClient: client,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    keyPrefix,
    points: perMinute,
    duration: MINUTE_S,
    insuranceLimiter: memory,
  });
  return { kind, perMinute, limiter: shared, fallback: memory };
}

async function take(bucket: Bucket | undefined, key: string, points: number): Promise<void> {
  if (!bucket) return;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<RateLimiterRes>((resolve, reject) => {
    timer = setTimeout(() => bucket.fallback.consume(key, points).then(resolve, reject), REDIS_WAIT_MS);
  });
  try {
    await (bucket.limiter === bucket.fallback ? bucket.limiter.consume(key, points) : Promise.race([bucket.limiter.consume(key, points), late]));
  } catch (refusal) {
    // A RateLimiterRes is a refusal; anything else is a store failure the insurance limiter did
    // not absorb: let the request through rather than fail it on a counter.
    if (refusal instanceof RateLimiterRes) {
      throw new RateLimitedError(bucket.kind, Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), bucket.perMinute);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The limiter's own connection: no offline queue, short connect timeout, a warning per transition. */
function connect(url: string, log: Logger): { client: RedisClientType; close(): Promise<void> } {
  const client: RedisClientType = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000) },
  });
  let up: boolean | undefined;
  const transition = (now: boolean, error?: unknown) => {
    if (up === now) return;
    up = now;
    if (now) log.info('rate limits: Redis reachable, budgets shared between replicas');
    else log.warn({ err: error }, 'rate limits: Redis unreachable, each process keeps its own budgets until it returns');
  };
  client.on('ready', () => transition(true));
  client.on('error', (error: unknown) => transition(false, error));
  client.connect().catch((error: unknown) => transition(false, error));
  return {
    client,
    async close() {
      try {
        if (client.isOpen) await client.close();
        else client.destroy();
      } catch {
        // Closing a connection that is already gone is not a shutdown failure.
      }
    },
  };
}
