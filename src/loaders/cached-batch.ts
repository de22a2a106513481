import type { LiveCache } from '../upstreams/live-cache';

/** A key of a cached live read: the cache key, and how old an answer the caller accepts. */
export interface CachedKey {
  cacheKey: string;
  /** Seconds; `0` = always live. */
  maxAge: number;
}

/**
 * The body of a batch function over the shared live cache. The cache is read HERE, inside the
 * batch function, once for the whole batch: an awaited cache read before `load()` would put
 * every `load()` in its own tick and defeat batching (ARCHITECTURE.md, "Known costs").
 * `fetch` gets the misses only; fresh answers are written back for later requests.
 */
export async function cachedBatch<K extends CachedKey, V>(
  cache: LiveCache,
  keys: readonly K[],
  ttlMs: number,
  fetch: (misses: K[]) => Promise<(V | Error)[]>,
): Promise<(V | Error)[]> {
  const wanted = keys.filter((key) => key.maxAge > 0);
  const stored = await cache.getMany<V>(wanted.map((key) => key.cacheKey));
  const now = Date.now();
  const hits = new Map<K, V>();
  wanted.forEach((key, index) => {
    const entry = stored[index];
    if (entry && now - entry.storedAt <= key.maxAge * 1000) hits.set(key, entry.value);
  });
  const misses = keys.filter((key) => !hits.has(key));
  const fetched = misses.length > 0 ? await fetch(misses) : [];
  const answers = new Map<K, V | Error>(misses.map((key, index) => [key, fetched[index] ?? new Error('no answer')]));
  const fresh = misses.flatMap((key) => {
    const value = answers.get(key);
    return value instanceof Error || value === undefined ? [] : [{ key: key.cacheKey, value }];
  });
  await cache.setMany(fresh, ttlMs);
  return keys.map((key) => (hits.has(key) ? (hits.get(key) as V) : (answers.get(key) as V | Error)));
}

/** An unknown thrown value as an `Error`, for DataLoader's per-key error values. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** Runs `fetch` per key concurrently (the bulkhead in `http.ts` bounds it), errors per key. */
export function fanOut<K, V>(keys: readonly K[], fetch: (key: K) => Promise<V>): Promise<(V | Error)[]> {
  return Promise.all(keys.map((key) => fetch(key).catch(asError)));
}
