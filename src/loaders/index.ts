import type DataLoader from 'dataloader';
import type { Card, CardChangeJob, CardStatus, Merchant, MerchantOrder, PaymentProvider, RechargePackage } from '../domain';
import type { Upstreams } from '../upstreams';
import { createCardByIdLoader } from './card-by-id.loader';
import { createCardChangeJobLoader } from './card-change-job.loader';
import { createCardExtraLoaders, type CardExtraLoaders } from './card-extra.loaders';
import { createCardReads, type CardReads } from './card-reads';
import { createCardStatusLoader } from './card-status.loader';
import { createCardDetailLoaders, createLiveLoaders, type LiveLoaders } from './live';
import type { LiveReadSink } from './live-read-sink';
import { createLookupGates } from './lookup-gate';
import { createMerchantListLoader } from './merchant-list.loader';
import { createMerchantOrderLoader, type MerchantOrderKey } from './merchant-order.loader';
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
  /** Each provider's v2 merchants, one list per provider per request (`Order.merchant`, `merchants`, `node`). */
  merchantList: DataLoader<PaymentProvider, Merchant[]>;
  /** Orders by provider and number through v2 `Query` (`Refund.order`): one call per order. */
  merchantOrder: DataLoader<MerchantOrderKey, MerchantOrder, string>;
  /** CMIOT-only reads of China Mobile cards (platform, power state, daily usage); absent without CMIOT. */
  cardExtra?: CardExtraLoaders;
  /** A card's live reads, each routed to its upstream by the one rule (`routing.ts`): what resolvers call. */
  card: CardReads;
}

/**
 * @param liveReads where live status and usage answers are reported (the fleet store keeps them,
 *   `fleet-sync/live-recorder.ts`); none: they are not kept.
 */
export function createLoaders(upstreams: Upstreams, liveReads?: LiveReadSink): Loaders {
  const gates = createLookupGates();
  const details = upstreams.cmiot && createCardDetailLoaders(upstreams.cmiot);
  const cardStatus = createCardStatusLoader(upstreams, details?.stopReason, liveReads);
  const live = createLiveLoaders(upstreams, gates, cardStatus, details, liveReads);
  const cardExtra = upstreams.cmiot && createCardExtraLoaders(upstreams.cmiot, gates);
  return {
    cardById: createCardByIdLoader(upstreams, gates),
    cardStatus,
    live,
    cardChangeJob: createCardChangeJobLoader(upstreams),
    packageById: createPackageByIdLoader(upstreams),
    packageByPlanName: createPackageByPlanNameLoader(upstreams),
    merchantList: createMerchantListLoader(upstreams),
    merchantOrder: createMerchantOrderLoader(upstreams),
    ...(cardExtra && { cardExtra }),
    card: createCardReads(upstreams, { cardStatus, live, cardExtra }),
  };
}
