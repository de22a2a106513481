import DataLoader from 'dataloader';
import type { Card, CardDailyUsage, CmiotPlatform, PowerState } from '../domain';
import type { PerId } from '../upstreams/cmiot/card-live';
import type { CmiotClient } from '../upstreams/cmiot/client';
import { CMIOT_LIMITS } from '../upstreams/cmiot/limits';
import { asError, fanOut } from './cached-batch';
import type { LookupGates } from './lookup-gate';

/** One card's usage on one day (`yyyy-MM-dd`). */
export interface DailyUsageKey {
  card: Card;
  date: string;
}

/**
 * CMIOT reads of China Mobile cards with no Shingsou counterpart (`cmiot.md` §3.3), one loader
 * per endpoint, keyed by ICCID. Batch loaders take `maxBatchSize` from `upstreams/cmiot/limits.ts` and wait
 * for the request's card lookups (`lookup-gate.ts`) so that a list of cards costs
 * `ceil(n / limit)` calls; the single-card `on-off-status` fans out under the CMIOT bulkhead.
 */
export interface CardExtraLoaders {
  platform: DataLoader<Card, CmiotPlatform, string>;
  powerState: DataLoader<Card, PowerState, string>;
  dailyUsage: DataLoader<DailyUsageKey, CardDailyUsage, string>;
}

export function createCardExtraLoaders(cmiot: CmiotClient, gates: LookupGates): CardExtraLoaders {
  const extra = cmiot.cardExtra;
  return {
    platform: new DataLoader<Card, CmiotPlatform, string>((cards) => perIccid(cards, (iccids) => extra.platforms(iccids)), {
      maxBatchSize: CMIOT_LIMITS.platform,
      batchScheduleFn: gates.identity.schedule,
      cacheKeyFn: (card) => card.iccid,
    }),
    powerState: new DataLoader<Card, PowerState, string>(
      (cards) => fanOut(cards, (card) => extra.powerState({ iccid: card.iccid })),
      { cacheKeyFn: (card) => card.iccid },
    ),
    dailyUsage: new DataLoader<DailyUsageKey, CardDailyUsage, string>(
      async (keys) => {
        // One call per day asked for: `queryDate` is per call (§3.3).
        const days = new Map<string, DailyUsageKey[]>();
        for (const key of keys) days.set(key.date, [...(days.get(key.date) ?? []), key]);
        const answers = new Map<DailyUsageKey, CardDailyUsage | Error>();
        await Promise.all(
          [...days].map(async ([date, group]) => {
            const found = await perIccid(
              group.map((key) => key.card),
              (iccids) => extra.usageDaily(iccids, date),
            );
            group.forEach((key, index) => answers.set(key, found[index] ?? new Error('no answer')));
          }),
        );
        return keys.map((key) => answers.get(key) ?? new Error('no answer'));
      },
      { maxBatchSize: CMIOT_LIMITS.usageDaily, batchScheduleFn: gates.identity.schedule, cacheKeyFn: (key) => `${key.date}|${key.card.iccid}` },
    ),
  };
}

/** One batch call for the cards' unique ICCIDs; a failed call fails every card of the batch. */
async function perIccid<V>(cards: readonly Card[], fetch: (iccids: string[]) => Promise<PerId<V>>): Promise<(V | Error)[]> {
  try {
    const found = await fetch([...new Set(cards.map((card) => card.iccid))]);
    return cards.map((card) => found.get(card.iccid) ?? new Error('no answer'));
  } catch (error) {
    return cards.map(() => asError(error));
  }
}
