import DataLoader from 'dataloader';
import type { Card, CardLocation } from '../domain';
import type { CmiotClient } from '../upstreams/cmiot/client';
import type { ShingsouClient } from '../upstreams/shingsou/client';
import { CMIOT_LIMITS } from '../upstreams/cmiot/limits';
import { asError, fanOut } from './cached-batch';
import type { LookupGates } from './lookup-gate';

/** China Mobile positions from CMIOT `query/last-position-location/batch`, ≤20 ICCIDs per call. */
export function createCmiotLocationLoader(cmiot: CmiotClient, gates: LookupGates): DataLoader<Card, CardLocation | null, string> {
  return new DataLoader<Card, CardLocation | null, string>(
    async (cards) => {
      try {
        const found = await cmiot.cardLive.locations(cards.map((card) => card.iccid));
        return cards.map((card) => (found.has(card.iccid) ? (found.get(card.iccid) as CardLocation | null | Error) : new Error('no answer')));
      } catch (error) {
        return cards.map(() => asError(error));
      }
    },
    { maxBatchSize: CMIOT_LIMITS.location, batchScheduleFn: gates.identity.schedule, cacheKeyFn: (card) => card.iccid },
  );
}

/** Positions of other cards from Shingsou `flowcard-location`, a single-card read fanned out. */
export function createShingsouLocationLoader(shingsou: ShingsouClient): DataLoader<Card, CardLocation | null, string> {
  return new DataLoader<Card, CardLocation | null, string>((cards) => fanOut(cards, (card) => shingsou.cardLive.location(card.iccid)), {
    cacheKeyFn: (card) => card.iccid,
  });
}
