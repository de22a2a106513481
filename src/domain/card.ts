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
}
