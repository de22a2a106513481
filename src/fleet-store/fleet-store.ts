import type { Card, CardState, CardStatus, CardUsage, Carrier, FleetFilter, KnownCarrier } from '../domain';

import type { FleetEventStore } from './fleet-event-store';
import type { WebhookStore } from './webhook-store';

export type { FleetFilter } from '../domain';

/**
 * The fleet index (issue 14): the gateway's own copy of every card's inventory, last status and
 * this month's usage, kept by the sync (`src/fleet-sync/`) and read by `fleet`, `fleetSummary`
 * and the `maxAge` reads of `Card.status` / `Card.usage`. One interface over PostgreSQL (`pg`)
 * and embedded PostgreSQL (PGlite); the implementation is `kysely-fleet-store.ts`.
 *
 * Every method is bounded by the store's own statement timeout and by `signal` (the request's
 * deadline); a store that is down rejects with `FleetStoreError`, never hangs.
 */
export interface FleetStore extends FleetEventStore, WebhookStore {
  /** Inventory rows as the sync read them from a `flowcard-get` page (with its stored status). */
  upsertInventory(rows: readonly FleetInventoryRow[], syncedAt: Date): Promise<void>;
  /** A status reading: the sync's, or a live read that refreshes the store. */
  upsertStatuses(readings: readonly FleetStatusReading[]): Promise<void>;
  /** Usage readings of one month. */
  upsertUsages(readings: readonly FleetUsageReading[]): Promise<void>;
  /**
   * Cards whose inventory was last seen before `seenBefore` (a finished full pass): gone upstream.
   * Also refreshes the planner's statistics (ANALYZE), so call it once per pass.
   */
  deleteUnseen(seenBefore: Date): Promise<number>;

  /** A page of cards matching `filter`, in `order`, after `cursor` (keyset; stable). */
  page(query: FleetPageQuery, signal?: AbortSignal): Promise<FleetPage>;
  /** Totals over the cards matching `filter`. */
  summary(filter: FleetFilter, signal?: AbortSignal): Promise<FleetSummary>;
  /** The stored rows of these ICCIDs (missing ones absent), for `maxAge` reads and for the sync. */
  rows(iccids: readonly string[], signal?: AbortSignal): Promise<Map<string, FleetRow>>;
  /** The ICCIDs whose status (or usage) reading is oldest, for the sync to refresh first. */
  stalest(kind: 'status' | 'usage', limit: number, carriers?: readonly KnownCarrier[]): Promise<string[]>;

  /** Key/value state of the sync (its cursor, the start of the current pass), shared by replicas. */
  getSyncState(key: string): Promise<string | undefined>;
  setSyncState(key: string, value: string): Promise<void>;
  /**
   * Runs `work` while holding the fleet-wide sync lease (a PostgreSQL advisory lock on one
   * connection), or returns `undefined` at once when another replica holds it.
   */
  withSyncLease<T>(work: () => Promise<T>): Promise<T | undefined>;

  /** Liveness for `/readyz` and the metrics. */
  ping(signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export interface FleetInventoryRow {
  card: Card & { carrier: Carrier };
  /** The stored status `flowcard-get` reports, with the time the carrier said it (`statusUpdatedAt`). */
  status: CardStatus | null;
}

export interface FleetStatusReading {
  iccid: string;
  status: CardStatus;
  /** When the reading was taken by us (the carrier's own time is `status.checkedAt`). */
  syncedAt: Date;
}

export interface FleetUsageReading {
  iccid: string;
  usage: CardUsage;
  syncedAt: Date;
}

/** One stored card. Times are `Date`; a reading never taken is `null`. */
export interface FleetRow {
  card: Card;
  status: CardStatus | null;
  statusSyncedAt: Date | null;
  /**
   * When the card entered its current state: the carrier's time of the first reading with this
   * state (`FleetOrder` `STATE_CHANGED_AT`). Absent from rows built outside the store.
   */
  stateChangedAt?: Date | null;
  usage: CardUsage | null;
  usageSyncedAt: Date | null;
  /** `usage.usedKb / usage.quotaKb` × 100, `null` without a quota. */
  usagePercent: number | null;
  inventorySyncedAt: Date;
}


export type FleetOrderField = 'USAGE_PERCENT' | 'USED_KB' | 'EXPIRES_AT' | 'STATE_CHANGED_AT' | 'ICCID';

export interface FleetOrder {
  field: FleetOrderField;
  direction: 'ASC' | 'DESC';
}

export interface FleetPageQuery {
  filter: FleetFilter;
  order: FleetOrder;
  first: number;
  /** An opaque cursor from a previous page of the same filter and order. */
  after?: string;
}

export interface FleetPage {
  rows: FleetRow[];
  /** One cursor per row. */
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

export interface FleetSummary {
  total: number;
  byState: { state: CardState; count: number }[];
  byCarrier: { carrier: Carrier; count: number }[];
  atOrAbove80Percent: number;
  atOrAbove100Percent: number;
  /** Sum of this month's `usedKb` over the matching cards. */
  usedKbThisMonth: number;
  /** The oldest reading among the matching cards (inventory, status or usage), `null` when empty. */
  oldestSyncedAt: Date | null;
}

/** A cursor that is malformed or from another order: the caller's mistake (`BAD_USER_INPUT`), not the store's. */
export class FleetCursorError extends Error {
  readonly code = 'BAD_USER_INPUT';
  constructor(message = 'The cursor is not one of this filter and order') {
    super(message);
    this.name = 'FleetCursorError';
  }
}

/** The store is unreachable or failed: the fleet fields fail with this code, live fields go on. */
export class FleetStoreError extends Error {
  readonly code = 'FLEET_STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FleetStoreError';
  }
}
