import type DataLoader from 'dataloader';
import type { Card, CardLocation, CardStatus, CardUsage } from '../domain';
import type { Upstreams } from '../upstreams';
import { createCardDetailLoaders, type CardDetailLoaders } from './card-detail.loaders';
import { createCachedStatusLoader, type StatusKey } from './card-status.loader';
import { createCmiotLocationLoader, createShingsouLocationLoader } from './location.loaders';
import type { LiveReadSink } from './live-read-sink';
import type { LookupGates } from './lookup-gate';
import { createCmiotUsageLoader, createShingsouUsageLoader, type UsageKey } from './usage.loaders';

/**
 * A card's live data, one loader per upstream endpoint (issue 5 "one DataLoader per kind of
 * lookup"). A loader is absent when its upstream is not configured; `card-reads.ts`
 * routes each card to the right one.
 */
export interface LiveLoaders {
  cachedStatus: DataLoader<StatusKey, CardStatus, string>;
  cmiotUsage?: DataLoader<UsageKey, CardUsage, string>;
  shingsouUsage?: DataLoader<UsageKey, CardUsage, string>;
  cmiotLocation?: DataLoader<Card, CardLocation | null, string>;
  shingsouLocation?: DataLoader<Card, CardLocation | null, string>;
  /** CMIOT single-card reads of China Mobile cards. */
  cmiot?: CardDetailLoaders;
}

export function createLiveLoaders(
  upstreams: Upstreams,
  gates: LookupGates,
  cardStatus: DataLoader<Card, CardStatus, string>,
  details: CardDetailLoaders | undefined,
  liveReads?: LiveReadSink,
): LiveLoaders {
  const { shingsou, cmiot, liveCache } = upstreams;
  return {
    cachedStatus: createCachedStatusLoader(liveCache, cardStatus),
    ...(cmiot && {
      cmiotUsage: createCmiotUsageLoader(cmiot, liveCache, gates, liveReads),
      cmiotLocation: createCmiotLocationLoader(cmiot, gates),
      cmiot: details,
    }),
    ...(shingsou && {
      shingsouUsage: createShingsouUsageLoader(shingsou, liveCache, liveReads),
      shingsouLocation: createShingsouLocationLoader(shingsou),
    }),
  };
}

export { createCardDetailLoaders };
