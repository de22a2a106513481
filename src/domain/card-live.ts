/**
 * A card's live data beside its status: usage, data session, last position, real-name check,
 * current plans, balance, and the customer-wide CMIOT views (arrears list, lifecycle counts).
 * Times are ISO-8601 with offset; data is integer KB; money is integer fen (ARCHITECTURE.md).
 */

/** Which upstream answered a live read. */
export type LiveSource = 'CMIOT' | 'SHINGSOU';

export interface CardUsage {
  /** `yyyy-MM`, Asia/Shanghai. */
  month: string;
  usedKb: number;
  /** `null` when the source reports no quota (CMIOT never does; a Shingsou plan without one). */
  quotaKb: number | null;
  remainingKb: number | null;
  /** The instant the count covers up to (CMIOT `deadLine` 24:00, Shingsou `updatedAt`). */
  asOf: string;
  source: LiveSource;
}

export interface CardSession {
  online: boolean;
  /** `null` when offline. */
  ip: string | null;
  /** Radio access technology as a label (`2G`, `3G`, `4G`, `NB-IoT`), `null` when not given. */
  rat: string | null;
  /** The raw code as received (`cmiot.md` §3.3 `rat`). */
  ratCode: string | null;
  apn: string | null;
  /** When the session started, `null` when unknown. */
  since: string | null;
}

export interface CardLocation {
  /** WGS-84 decimal degrees. */
  lng: number;
  lat: number;
  /** Metres; `null` when the source does not say (CMIOT base-station fixes). */
  accuracyM: number | null;
  at: string | null;
  source: LiveSource;
}

export interface CardRealName {
  verified: boolean;
  at: string | null;
  source: LiveSource;
}

export interface CardPackage {
  /** The upstream's id; `null` when the source names the plan only (Shingsou `packageName`). */
  id: string | null;
  name: string;
  effectiveAt: string | null;
  /** `null` for a plan without an end. */
  expiresAt: string | null;
  source: LiveSource;
}

/** CMIOT `sim-stop-reason` (`cmiot.md` §3.7): the 12-character flags and their label. */
export interface CardStopReason {
  code: string;
  description: string;
}

/** One card of CMIOT v2 API2022 (欠费停机, `cmiot.md` §2.2). */
export interface ArrearsSuspendedCard {
  msisdn: string;
  /** Raw v2 status, `02` = stopped. */
  status: string;
  /** When the card was stopped (`statusDate`, a Shanghai day at midnight). */
  suspendedAt: string | null;
  /** The day the platform produced the list (`currentDate`). */
  listedAt: string | null;
}

export interface ArrearsPage {
  total: number;
  cards: ArrearsSuspendedCard[];
}

/** CMIOT v2 `querycardcount` (`cmiot.md` §2.2, §6.3): counts per v2 lifecycle. */
export interface LifecycleCounts {
  /** `00` 正式期. */
  normal: number;
  /** `01` 测试期. */
  test: number;
  /** `02` 沉默期. */
  silent: number;
  /** `03` 其他. */
  other: number;
}
