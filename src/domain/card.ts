/**
 * A card's identity: the identifiers an upstream reports for it and its carrier
 * (`upstreams/card-status.md` §7). Its status is a separate `CardStatus`, fetched on its own.
 */

import type { Carrier } from './carrier';

export interface Card {
  /** Upper-case; may contain letters on China Mobile cards (§7.1). */
  iccid: string;
  /** `null` when the upstream did not report one. */
  msisdn: string | null;
  imsi: string | null;
  /** Detected in the order of §7.4 (`detectCarrier`). */
  carrier: Carrier;
  /**
   * What the Shingsou inventory says about the card (`shingsou.md` §5.1); absent for a card
   * only CMIOT knows, or built by an upstream that does not report it.
   */
  inventory?: CardInventory;
}

/** A `{id, name}` entry of the card taxonomy (类目, 分类). */
export interface TaxonRef {
  id: number;
  name: string;
}

/** The inventory fields of a Shingsou FlowCard (`shingsou.md` §5.1). Times are ISO-8601. */
export interface CardInventory {
  type: TaxonRef | null;
  category: TaxonRef | null;
  tags: string[];
  remark: string | null;
  /** Current package, e.g. `电信 - 月清零 3GB`. */
  packageName: string | null;
  openedAt: string | null;
  activatedAt: string | null;
  /** Package or service expiry. */
  expiresAt: string | null;
  realName: boolean | null;
}
