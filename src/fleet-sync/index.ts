import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { SyncProgress } from '../domain/sync-progress';
import type { FleetStore } from '../fleet-store/fleet-store';
import type { LiveReadSink } from '../loaders/live-read-sink';
import type { Upstreams } from '../upstreams';
import { startFleetSync, type FleetSync, type FleetSyncOptions } from './fleet-sync';
import { createLiveRecorder } from './live-recorder';
import { CallBudget } from './call-budget';
import { createChangeRefresher } from './change-refresh';
import { createSyncCall } from './sync-calls';
import { createSyncMetrics, NO_SYNC_METRICS } from './sync-metrics';

export { startFleetSync, type FleetSync, type FleetSyncOptions } from './fleet-sync';
export { createLiveRecorder } from './live-recorder';

export interface FleetSyncSetup {
  /** `SYNC` (`on` by default; `off` runs no sync on this replica, live reads still refresh the store). */
  enabled: boolean;
  /** `SYNC_CALLS_PER_MINUTE` (default 600). */
  callsPerMinute: number;
  store: FleetStore;
  /** Whether `store` is open: live reads refresh it only then (`reopening-fleet-store.ts`). Default: always. */
  storeIsOpen?: () => boolean;
  upstreams: Pick<Upstreams, 'shingsou' | 'cmiot'>;
  /** The gateway's registry (`METRICS`); none: no sync metrics. */
  registry?: Registry | undefined;
  log: Logger;
  /** Overrides for tests (pass interval, usage age, lease term, back-off). */
  tuning?: Partial<Omit<FleetSyncOptions, 'store' | 'upstreams' | 'callsPerMinute' | 'metrics' | 'log'>>;
}

export interface FleetSyncHandle {
  /** The running sync; `undefined` with `SYNC=off`. */
  sync: FleetSync | undefined;
  /** For `createLoaders(upstreams, liveReads)`: live status and usage reads refresh the store. */
  liveReads: LiveReadSink;
  /** After our own stops and resumes: re-read those cards into the store (their events follow). */
  cardsChanged: (iccids: readonly string[]) => void;
  /** For `fleetSummary`; `undefined` when no sync runs here. */
  syncProgress: (() => Promise<SyncProgress>) | undefined;
  /** Stops the sync (bounded, 5 s); call before the store closes. */
  stop(): Promise<void>;
}

/** The composition root's one call (`app.ts`): the sync when enabled, and the live-read recorder. */
export function setUpFleetSync(setup: FleetSyncSetup): FleetSyncHandle {
  const metrics = setup.registry ? createSyncMetrics(setup.registry, setup.callsPerMinute) : NO_SYNC_METRICS;
  const sync = setup.enabled
    ? startFleetSync({
        ...setup.tuning,
        store: setup.store,
        upstreams: setup.upstreams,
        callsPerMinute: setup.callsPerMinute,
        metrics,
        log: setup.log.child({ component: 'fleet-sync' }),
      })
    : undefined;
  // Refreshes after our own writes spend from a budget of their own, as large as the sync's:
  // they are rare (a stop or resume of at most 100 cards is one call) and behind live traffic.
  const refreshStop = new AbortController();
  const cardsChanged = createChangeRefresher({
    store: setup.store,
    shingsou: setup.upstreams.shingsou,
    call: createSyncCall(new CallBudget(setup.callsPerMinute), refreshStop.signal, metrics),
    metrics,
    log: setup.log.child({ component: 'fleet-sync' }),
    isOpen: setup.storeIsOpen ?? (() => true),
  });
  return {
    sync,
    liveReads: createLiveRecorder({ store: setup.store, metrics, isOpen: setup.storeIsOpen }),
    cardsChanged,
    syncProgress: sync && (() => sync.progress()),
    stop: async () => {
      refreshStop.abort();
      await sync?.stop();
    },
  };
}
