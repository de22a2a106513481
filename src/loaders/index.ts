import type DataLoader from 'dataloader';
import type { Card, CardChangeJob, CardStatus, RechargePackage } from '../domain';
import type { Upstreams } from '../upstreams';
import { createCardByIdLoader } from './card-by-id.loader';
import { createCardChangeJobLoader } from './card-change-job.loader';
import { createCardStatusLoader } from './card-status.loader';
import { createPackageByIdLoader } from './package-by-id.loader';

/** One set per request: DataLoader caches must never outlive the request that filled them. */
export interface Loaders {
  cardById: DataLoader<string, Card | null>;
  cardStatus: DataLoader<Card, CardStatus, string>;
  cardChangeJob: DataLoader<string, CardChangeJob>;
  packageById: DataLoader<number, RechargePackage | null>;
}

export function createLoaders(upstreams: Upstreams): Loaders {
  return {
    cardById: createCardByIdLoader(upstreams),
    cardStatus: createCardStatusLoader(upstreams),
    cardChangeJob: createCardChangeJobLoader(upstreams),
    packageById: createPackageByIdLoader(upstreams),
  };
}
