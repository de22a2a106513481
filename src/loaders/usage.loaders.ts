import DataLoader from 'dataloader';
import type { Card, CardUsage } from '../domain';
import type { LiveCache } from '../upstreams/live-cache';
import { LIVE_TTL_MS } from '../upstreams/live-cache';
import type { CmiotClient } from '../upstreams/cmiot/client';
import type { ShingsouClient } from '../upstreams/shingsou/client';
import { CMIOT_LIMITS } from '../upstreams/cmiot/limits';
import { asError, cachedBatch, fanOut } from './cached-batch';
import { answered } from './card-status.loader';
import type { LiveReadSink } from './live-read-sink';
import type { LookupGates } from './lookup-gate';

/** One card's usage in one month, with the freshness the query accepts. */
export interface UsageKey {
  card: Card;
  /** `yyyy-MM`. */
  month: string;
  /** Seconds; `0` = always live. */
  maxAge: number;
  cacheKey: string;
}

export function usageKey(card: Card, month: string, maxAge: number): UsageKey {
  return { card, month, maxAge, cacheKey: `usage:${month}:${card.iccid}` };
}

const loaderKey = (key: UsageKey) => `${key.maxAge}|${key.cacheKey}`;

/**
 * China Mobile usage from CMIOT `query/sim-data-usage-monthly/batch`, ≤100 ICCIDs per call.
 * The monthly batch also answers the current month (up to yesterday 24:00, `cmiot.md` §5), so
 * it is used for every month: 250 cards cost 3 calls, where the real-time single-card
 * `sim-data-usage` would cost 250. `asOf` tells the client the count ends yesterday.
 */
export function createCmiotUsageLoader(
  cmiot: CmiotClient,
  cache: LiveCache,
  gates: LookupGates,
  liveReads?: LiveReadSink,
): DataLoader<UsageKey, CardUsage, string> {
  return new DataLoader<UsageKey, CardUsage, string>(
    (keys) =>
      cachedBatch(cache, keys, LIVE_TTL_MS, async (misses) => {
        const months = new Map<string, UsageKey[]>();
        for (const key of misses) months.set(key.month, [...(months.get(key.month) ?? []), key]);
        const answers = new Map<UsageKey, CardUsage | Error>();
        await Promise.all(
          [...months].map(async ([month, group]) => {
            try {
              const usage = await cmiot.cardLive.usageMonthly(unique(group.map((key) => key.card.iccid)), month);
              for (const key of group) answers.set(key, usage.get(key.card.iccid) ?? new Error('no answer'));
            } catch (error) {
              for (const key of group) answers.set(key, asError(error));
            }
          }),
        );
        const results = misses.map((key) => answers.get(key) ?? new Error('no answer'));
        report(liveReads, misses, results);
        return results;
      }),
    { maxBatchSize: CMIOT_LIMITS.usageMonthly, batchScheduleFn: gates.identity.schedule, cacheKeyFn: loaderKey },
  );
}

/** Usage of other cards from Shingsou `flowcard-data`, a single-card read fanned out. */
export function createShingsouUsageLoader(shingsou: ShingsouClient, cache: LiveCache, liveReads?: LiveReadSink): DataLoader<UsageKey, CardUsage, string> {
  return new DataLoader<UsageKey, CardUsage, string>(
    (keys) =>
      cachedBatch(cache, keys, LIVE_TTL_MS, async (misses) => {
        const results = await fanOut(misses, (key) => shingsou.cardLive.usage(key.card.iccid, key.month));
        report(liveReads, misses, results);
        return results;
      }),
    { cacheKeyFn: loaderKey },
  );
}

/** Live answers to the sink (the fleet store keeps this month's). */
function report(liveReads: LiveReadSink | undefined, keys: readonly UsageKey[], results: readonly (CardUsage | Error)[]): void {
  liveReads?.usages(answered(keys, results).map(([key, usage]) => ({ card: key.card, usage })));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
