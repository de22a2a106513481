import type DataLoader from 'dataloader';
import type { Card, CardChangeJob, CardStatus, Merchant, RechargePackage } from '../domain';
import type { Upstreams } from '../upstreams';
import { createCardByIdLoader } from './card-by-id.loader';
import { createCardChangeJobLoader } from './card-change-job.loader';
import { createCardExtraLoaders, type CardExtraLoaders } from './card-extra.loaders';
import { createCardReads, type CardReads } from './card-reads';
import { createCardStatusLoader } from './card-status.loader';
import { createCardDetailLoaders, createLiveLoaders, type LiveLoaders } from './live';
import { createLookupGates } from './lookup-gate';
import { createMerchantByIdLoader, type MerchantKey } from './merchant-by-id.loader';
import { createPackageByIdLoader, createPackageByPlanNameLoader } from './package-by-id.loader';

/** One set per request: DataLoader caches must never outlive the request that filled them. */
export interface Loaders {
  cardById: DataLoader<string, Card | null>;
  cardStatus: DataLoader<Card, CardStatus, string>;
  /** Live card data: usage, location, session, ... (`live.ts`). */
  live: LiveLoaders;
  cardChangeJob: DataLoader<string, CardChangeJob>;
  packageById: DataLoader<number, RechargePackage | null>;
  /** Catalogue packages by the plan name a card holds (`CardPlan.package`). */
  packageByPlanName: DataLoader<string, RechargePackage | null>;
  /** v2 merchants by provider and id (`Order.merchant`): one merchant list per provider. */
  merchantById: DataLoader<MerchantKey, Merchant | null, string>;
  /** CMIOT-only reads of China Mobile cards (platform, power state, daily usage); absent without CMIOT. */
  cardExtra?: CardExtraLoaders;
  /** A card's live reads, each routed to its upstream by the one rule (`routing.ts`): what resolvers call. */
  card: CardReads;
}

export function createLoaders(upstreams: Upstreams): Loaders {
  const gates = createLookupGates();
  const details = upstreams.cmiot && createCardDetailLoaders(upstreams.cmiot);
  const cardStatus = createCardStatusLoader(upstreams, details?.stopReason);
  const live = createLiveLoaders(upstreams, gates, cardStatus, details);
  const cardExtra = upstreams.cmiot && createCardExtraLoaders(upstreams.cmiot, gates);
  return {
    cardById: createCardByIdLoader(upstreams, gates),
    cardStatus,
    live,
    cardChangeJob: createCardChangeJobLoader(upstreams),
    packageById: createPackageByIdLoader(upstreams),
    packageByPlanName: createPackageByPlanNameLoader(upstreams),
    merchantById: createMerchantByIdLoader(upstreams),
    ...(cardExtra && { cardExtra }),
    card: createCardReads(upstreams, { cardStatus, live, cardExtra }),
  };
}
