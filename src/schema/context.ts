import type DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { SyncProgress } from '../domain/sync-progress';
import type { CardEventHub } from '../fleet-events/event-hub';
import type { FleetRow, FleetStore } from '../fleet-store/fleet-store';
import type { Loaders } from '../loaders';
import type { RequestFlow, Upstreams } from '../upstreams';

/**
 * What every resolver of one request sees. Declared here, by the schema that uses it, and built
 * by the request edge (`http/context.ts`): so resolvers and the auth checker import nothing from
 * `http/`, and imports flow down (http → schema → loaders → upstreams).
 */
export interface GatewayContext {
  requestId: string;
  caller: Caller;
  log: Logger;
  /** The request's deadline and its count of upstream calls; `flow.id` is `requestId`. */
  flow: RequestFlow;
  /** The upstream layer as this request sees it (`Upstreams.forRequest`): its calls carry `flow`. */
  upstreams: Upstreams;
  loaders: Loaders;
  /** The fleet index (issue 14) as this request sees it; `undefined` on a gateway without a store. */
  fleet: FleetContext | undefined;
}

/** The fleet store and what one request keeps of it. */
export interface FleetContext {
  /** The process's store (`fleet`, `fleetSummary`). */
  store: FleetStore;
  /** Stored rows by ICCID, one `store.rows` per tick (the `maxAge` reads); `null` when not stored or the store failed. */
  rows: DataLoader<string, FleetRow | null>;
  /** The sync's progress on this replica; `undefined` when no sync runs here (`SYNC=off`). */
  syncProgress: (() => SyncProgress | Promise<SyncProgress>) | undefined;
  /** Tells the store our own stops and resumes applied, so it reads those cards again; absent: the sync's next pass does. */
  cardsChanged: ((iccids: readonly string[]) => void) | undefined;
  /** Webhook URLs may point at private and loopback addresses (`WEBHOOKS_ALLOW_PRIVATE_URLS`). */
  webhooksAllowPrivateUrls: boolean;
  /** The process's live feed of the store's events (`Subscription.cardEvents`); `undefined`: none here. */
  events: CardEventHub | undefined;
}

/** Who is asking, and what they may do (`http/auth/caller.ts` finds out; `auth-checker.ts` decides). */
export interface Caller {
  /** Loggable id of the key; `anonymous` in open demo mode. */
  id: string;
  scopes: ReadonlySet<string>;
  /** Open demo mode: every scope, no key. */
  unrestricted: boolean;
}
