import DataLoader from 'dataloader';
import type { Card, CardStatus } from '../domain';
import { LIVE_TTL_MS, type LiveCache } from '../upstreams/live-cache';
import { cachedBatch } from './cached-batch';

export interface StatusKey {
  card: Card;
  /** Seconds; `0` = always live. */
  maxAge: number;
  cacheKey: string;
}

export function statusKey(card: Card, maxAge: number): StatusKey {
  return { card, maxAge, cacheKey: `status:${card.iccid}` };
}

/**
 * Status through the shared live cache: answers no older than `maxAge` come from the cache
 * (read once per batch, inside the batch function); the rest go to the live `cardStatus` loader,
 * which routes and fans them out.
 */
export function createCachedStatusLoader(cache: LiveCache, live: DataLoader<Card, CardStatus, string>): DataLoader<StatusKey, CardStatus, string> {
  return new DataLoader<StatusKey, CardStatus, string>(
    (keys) => cachedBatch(cache, keys, LIVE_TTL_MS, (misses) => live.loadMany(misses.map((key) => key.card))),
    { cacheKeyFn: (key) => `${key.maxAge}|${key.cacheKey}` },
  );
}
