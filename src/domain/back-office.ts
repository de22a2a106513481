import type { KnownCarrier } from './carrier';

/**
 * The card back office of an operations console (`shingsou.md` §5.1, §5.4): taxonomy, bulk
 * edits, transfers between accounts (划卡), imports (导卡) and real-name registration (实名认证).
 */

/** One page of an upstream list, with the total across pages. */
export interface Listing<T> {
  items: T[];
  total: number;
}

/** A card type (类目), category (分类) or tag (标签). */
export interface Taxon {
  id: number;
  name: string;
}

/** What `flowcard-put` / `flowcard-patch` change. Omitted stays; `null` clears type or category. */
export interface CardChanges {
  remark?: string;
  typeId?: number | null;
  categoryId?: number | null;
  tags?: string[];
}

export interface CardsUpdateReceipt {
  updated: number;
  /** The identifiers the upstream did not find, as given. */
  notFound: string[];
}

export interface CardTransferReceipt {
  transferId: string;
  count: number;
}

export interface CardTransferRecord {
  transferId: string;
  consignee: string;
  count: number;
  /** ICCIDs. */
  cards: string[];
  /** ISO-8601 with offset. */
  createdAt: string;
}

export interface CardImportRow {
  iccid: string;
  msisdn: string;
  imsi: string | null;
  carrier: KnownCarrier;
}

export interface CardImportOptions {
  typeId?: number | undefined;
  categoryId?: number | undefined;
  tags?: string[] | undefined;
}

export interface CardImportReceipt {
  importId: string;
  total: number;
  succeeded: number;
  failed: number;
  /** One per refused row, with the upstream's Chinese reason (e.g. 卡号已存在). */
  errors: { iccid: string; message: string }[];
}

export interface CardImportRecord {
  importId: string;
  total: number;
  succeeded: number;
  failed: number;
  createdAt: string;
}

/**
 * 实名认证 (§5.4). `idNumber` and `phone` are write-only: they go to the upstream and nowhere
 * else, never into a response, an error or a log line.
 */
export interface RealNameSubmission {
  card: string;
  name: string;
  idNumber: string;
  phone: string;
}

export interface RealNameReceipt {
  iccid: string;
  verified: boolean;
  verifiedAt: string | null;
}
