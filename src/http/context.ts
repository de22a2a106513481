import type { Logger } from 'pino';
import type { SyncProgress } from '../domain/sync-progress';
import type { CardEventHub } from '../fleet-events/event-hub';
import type { FleetStore } from '../fleet-store/fleet-store';
import { createLoaders, type Loaders } from '../loaders';
import { createFleetRowsLoader } from '../loaders/fleet-rows.loader';
import type { LiveReadSink } from '../loaders/live-read-sink';
import type { Caller, FleetContext, GatewayContext } from '../schema/context';
import type { RequestFlow, Upstreams } from '../upstreams';

/**
 * One request's context: the upstream layer bound to its flow, its own loaders (never shared
 * between requests), its view of the fleet store and a logger naming it. All are made on first
 * use: `{ __typename }`, a refused or an invalid request needs none, and the loaders are fourteen
 * DataLoaders and two lookup gates (bench/changes-kept.md).
 *
 * Apollo copies the context for each operation of a batch (own properties, same prototype), so
 * the lazy fields live on the instance and the getters on the prototype.
 */
class RequestContext implements GatewayContext {
  readonly requestId: string;
  private ownLog: Logger | undefined;
  private ownLoaders: Loaders | undefined;
  private ownUpstreams: Upstreams | undefined;
  private ownFleet: FleetContext | undefined;

  constructor(
    readonly flow: RequestFlow,
    readonly caller: Caller,
    private readonly sharedUpstreams: Upstreams,
    private readonly rootLog: Logger,
    private readonly fleetDeps: FleetDeps | undefined,
  ) {
    this.requestId = flow.id;
  }

  get upstreams(): Upstreams {
    return (this.ownUpstreams ??= this.sharedUpstreams.forRequest(this.flow));
  }

  get log(): Logger {
    return (this.ownLog ??= this.rootLog.child({ requestId: this.requestId, caller: this.caller.id }));
  }

  get loaders(): Loaders {
    return (this.ownLoaders ??= createLoaders(this.upstreams, this.fleetDeps?.liveReads));
  }

  get fleet(): FleetContext | undefined {
    const deps = this.fleetDeps;
    if (!deps) return undefined;
    return (this.ownFleet ??= {
      store: deps.store,
      rows: createFleetRowsLoader(deps.store, this.flow.signal, (error) => this.log.warn({ err: error }, 'fleet store unavailable: maxAge reads go live'), deps.storeIsOpen),
      syncProgress: deps.syncProgress,
      webhooksAllowPrivateUrls: deps.webhooksAllowPrivateUrls ?? false,
      cardsChanged: deps.cardsChanged,
      events: deps.events,
    });
  }
}

/** The fleet index as the composition root hands it to the edge (`app.ts` → `server.ts`). */
export interface FleetDeps {
  store: FleetStore;
  /**
   * Whether the store is open now; `maxAge` reads consult it only then, so they never open it
   * (demo mode's in-memory store before its first use holds nothing to give). Absent: always open.
   */
  storeIsOpen?: (() => boolean) | undefined;
  /** The sync worker's progress on this replica; absent when it does not run here. */
  syncProgress?: (() => SyncProgress | Promise<SyncProgress>) | undefined;
  /** Where live status and usage reads are written back to the store (`fleet-sync`'s recorder); absent: they are not. */
  liveReads?: LiveReadSink | undefined;
  /** Our own stops and resumes, to refresh those cards in the store (`fleet-sync/change-refresh.ts`). */
  cardsChanged?: ((iccids: readonly string[]) => void) | undefined;
  /** `WEBHOOKS_ALLOW_PRIVATE_URLS`; absent: refused. */
  webhooksAllowPrivateUrls?: boolean | undefined;
  /** The live feed of the store's events, for `Subscription.cardEvents`; absent: subscriptions fail with FLEET_STORE_UNAVAILABLE. */
  events?: CardEventHub | undefined;
}

export function createContext(upstreams: Upstreams, log: Logger, flow: RequestFlow, caller: Caller, fleet?: FleetDeps): GatewayContext {
  return new RequestContext(flow, caller, upstreams, log, fleet);
}
