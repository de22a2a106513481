import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { NO_METRICS, type CacheName, type UpstreamMetrics } from './metrics';
import type { RedisConnection } from './redis';

/**
 * A short-lived cache of live reads (status, usage) shared by every request, and by every replica
 * when `KEYV_URL` points at Redis. Each entry records when the upstream answered, so a field's
 * `maxAge` decides per request whether an entry is fresh enough (ARCHITECTURE.md: "a short-lived
 * shared cache ... with a maxAge argument").
 *
 * The cache is an optimisation, never a source of failure: a Redis error reads as a miss and a
 * failed write is dropped, so the field is answered live.
 */

export interface Stored<T> {
  value: T;
  /** Epoch ms of the upstream answer. */
  storedAt: number;
}

export interface LiveCache {
  /** One round trip for all `keys`, in order; misses and errors are `undefined`. */
  getMany<T>(keys: readonly string[]): Promise<(Stored<T> | undefined)[]>;
  setMany<T>(entries: readonly { key: string; value: T }[], ttlMs: number): Promise<void>;
  close(): Promise<void>;
}

/** How long live entries are kept at all: the largest useful `maxAge`. */
export const LIVE_TTL_MS = 5 * 60_000;
/**
 * `namespace` keeps stores apart: the live reads (`simgraph:live`) and the reference data of
 * `carrier-counts.ts` (`simgraph:reference`) are two stores of the same kind.
 */
export function createLiveCache(
  redis: RedisConnection | undefined,
  namespace = 'simgraph:live',
  metrics: UpstreamMetrics = NO_METRICS,
  /** The metrics' `cache` label for this store. */
  name: CacheName = 'live',
): LiveCache {
  const keyv = redis
    ? new Keyv({ store: new KeyvRedis(redis.client), namespace, useKeyPrefix: false })
    : new Keyv({ namespace });
  // Without a listener a store error is an unhandled 'error' event.
  keyv.on('error', () => undefined);
  // Every Redis await is bounded (`redis.ts`); in memory there is nothing to bound.
  const bounded = <T>(operation: () => Promise<T>): Promise<T> => (redis ? redis.bounded(operation) : operation());
  return {
    async getMany<T>(keys: readonly string[]) {
      if (keys.length === 0) return [];
      try {
        const found = (await bounded(() => keyv.getMany<Stored<T>>([...keys]))).map((entry) => entry ?? undefined);
        const hits = found.reduce((count, entry) => (entry ? count + 1 : count), 0);
        // One report per result per batch, not per key: a 250-card page is one read.
        if (hits > 0) metrics.cache(name, 'hit', hits);
        if (hits < keys.length) metrics.cache(name, 'miss', keys.length - hits);
        return found;
      } catch {
        metrics.cache(name, 'miss', keys.length);
        return keys.map(() => undefined);
      }
    },
    async setMany<T>(entries: readonly { key: string; value: T }[], ttlMs: number) {
      if (entries.length === 0) return;
      const storedAt = Date.now();
      try {
        await bounded(() => keyv.setMany(entries.map(({ key, value }) => ({ key, value: { value, storedAt }, ttl: ttlMs }))));
      } catch {
        // A lost write costs one live call later; nothing else.
      }
    },
    async close() {
      // The Redis connection belongs to `createUpstreams`, which closes it.
      if (!redis) await keyv.disconnect();
    },
  };
}
