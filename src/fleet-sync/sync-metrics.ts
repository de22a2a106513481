import { Counter, Gauge, type Registry } from 'prom-client';

/** What the sync did, for `/metrics`. Every label value is from a small fixed set. */
export interface SyncMetrics {
  /** Cards written to the store: `inventory` rows of a page, `usage` readings, `live` readings. */
  cardsSynced(kind: 'inventory' | 'usage' | 'live_status' | 'live_usage', count: number): void;
  /** Upstream exchanges the sync spent (token fetches excluded). */
  callsSpent(upstream: 'shingsou' | 'cmiot', count: number): void;
  passCompleted(): void;
  /** A failed step: `upstream`, `store`, `lease`, or `live` (a live reading not written). */
  error(stage: SyncErrorStage): void;
  /** The figures `syncProgress()` reports, as gauges. */
  progress(figures: { callsLastMinute: number; lagSeconds: number | null; leaseHeld: boolean; cardsInStore: number | null }): void;
}

export type SyncErrorStage = 'upstream' | 'store' | 'lease' | 'live';

export const NO_SYNC_METRICS: SyncMetrics = {
  cardsSynced() {},
  callsSpent() {},
  passCompleted() {},
  error() {},
  progress() {},
};

/** The sync's metrics on the gateway's registry (`http/metrics.ts` makes it; `app.ts` hands it down). */
export function createSyncMetrics(registry: Registry, callsPerMinute: number): SyncMetrics {
  const registers = [registry];
  const cards = new Counter({
    name: 'simgraph_fleet_sync_cards_total',
    help: 'Card readings written to the fleet store, by kind (inventory page rows, usage readings, live reads)',
    labelNames: ['kind'] as const,
    registers,
  });
  const calls = new Counter({
    name: 'simgraph_fleet_sync_upstream_calls_total',
    help: 'Upstream exchanges spent by the fleet sync, retries included, token fetches excluded',
    labelNames: ['upstream'] as const,
    registers,
  });
  const budget = new Gauge({
    name: 'simgraph_fleet_sync_calls_budget_per_minute',
    help: 'Upstream calls per minute the fleet sync may spend (SYNC_CALLS_PER_MINUTE)',
    registers,
  });
  budget.set(callsPerMinute);
  const lastMinute = new Gauge({
    name: 'simgraph_fleet_sync_calls_last_minute',
    help: 'Upstream calls the fleet sync spent in the last 60 s on this replica',
    registers,
  });
  const lag = new Gauge({
    name: 'simgraph_fleet_sync_lag_seconds',
    help: 'Age of the oldest reading in the fleet store (inventory, status or usage); absent while the store is empty',
    registers,
  });
  const lease = new Gauge({
    name: 'simgraph_fleet_sync_lease_held',
    help: '1 while this replica holds the fleet-wide sync lease',
    registers,
  });
  const inStore = new Gauge({ name: 'simgraph_fleet_sync_cards_in_store', help: 'Cards in the fleet store, as the sync last counted them', registers });
  const passes = new Counter({
    name: 'simgraph_fleet_sync_passes_total',
    help: 'Full passes over the Shingsou inventory completed by this replica',
    registers,
  });
  const errors = new Counter({
    name: 'simgraph_fleet_sync_errors_total',
    help: 'Fleet sync failures, by stage (upstream, store, lease, live: a live reading not written)',
    labelNames: ['stage'] as const,
    registers,
  });
  return {
    cardsSynced: (kind, count) => cards.inc({ kind }, count),
    callsSpent: (upstream, count) => calls.inc({ upstream }, count),
    passCompleted: () => passes.inc(),
    error: (stage) => errors.inc({ stage }),
    progress(figures) {
      lastMinute.set(figures.callsLastMinute);
      if (figures.lagSeconds === null) lag.reset();
      else lag.set(figures.lagSeconds);
      lease.set(figures.leaseHeld ? 1 : 0);
      if (figures.cardsInStore !== null) inStore.set(figures.cardsInStore);
    },
  };
}
