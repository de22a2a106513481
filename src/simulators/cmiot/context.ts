import type { SimProduct, SimProductCategory } from '../fleet/catalog-types';
import type { Knobs } from '../shared/knobs';
import type { CardDirectory } from './cards';
import type { CardChanges } from './card-changes';
import type { CmiotKnobs } from './knobs';
import type { BatchJobs } from './v5/batch-jobs';
import type { TokenStore } from './v5/token-store';

/** Everything a CMIOT handler may use; built once per server (`server.ts`). */
export interface CmiotContext {
  cards: CardDirectory;
  changes: CardChanges;
  jobs: BatchJobs;
  tokens: TokenStore;
  /** The fleet's package catalogue (offerings, v2 `prodinfos`). */
  catalog: { products: readonly SimProduct[]; categories: readonly SimProductCategory[] };
  credentials: { appid: string; password: string };
  /** The fleet's clock, so cooldowns and job steps agree with the other simulator. */
  now(): number;
  /** The live per-card cooldown of status changes, kept by the fleet. */
  cooldownMs(): number;
  /** CMIOT-only knobs. */
  knobs(): CmiotKnobs;
  /** Knobs shared with the Shingsou simulator (token lifetime, one-active-token, ...). */
  shared(): Knobs;
}
