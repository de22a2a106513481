import { currentShanghaiMonth } from '../domain';
import type { FleetStore } from '../fleet-store/fleet-store';
import type { LiveReadSink } from '../loaders/live-read-sink';
import type { SyncMetrics } from './sync-metrics';

export interface LiveRecorderOptions {
  store: FleetStore;
  metrics: SyncMetrics;
  /** The longest one write is waited for before its slot is freed and it counts as failed. Default 2 s. */
  timeoutMs?: number;
  /** Writes in flight at once; readings beyond are dropped and counted. Default 8. */
  maxInFlight?: number;
  /**
   * Whether the store is open; readings arriving while it is not are let go. Live reads never open
   * a lazily opened store (demo mode's in-memory PGlite) themselves. Default: always open.
   */
  isOpen?: () => boolean;
}

/**
 * Live reads refresh the store (issue 14 §3): each status or this month's usage a request read
 * live is written as the card's reading, fire-and-forget. Bounded: at most `maxInFlight` writes
 * wait at once, each for at most `timeoutMs`; a write that fails, times out or finds no room is
 * counted (`simgraph_fleet_sync_errors_total{stage="live"}`), never thrown.
 */
export function createLiveRecorder(options: LiveRecorderOptions): LiveReadSink {
  const { store, metrics } = options;
  const timeoutMs = options.timeoutMs ?? 2_000;
  const maxInFlight = options.maxInFlight ?? 8;
  const isOpen = options.isOpen ?? (() => true);
  let inFlight = 0;

  function record(write: () => Promise<void>, count: number, kind: 'live_status' | 'live_usage'): void {
    if (count === 0 || !isOpen()) return;
    if (inFlight >= maxInFlight) {
      metrics.error('live');
      return;
    }
    inFlight += 1;
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('live reading write timed out')), timeoutMs);
      timer.unref();
    });
    // The store's own statement timeout ends a write that outlives the bound.
    Promise.race([write(), bound])
      .then(
        () => metrics.cardsSynced(kind, count),
        () => metrics.error('live'),
      )
      .finally(() => {
        clearTimeout(timer);
        inFlight -= 1;
      });
  }

  return {
    statuses(readings) {
      const syncedAt = new Date();
      const rows = readings.map(({ card, status }) => ({ iccid: card.iccid, status, syncedAt }));
      record(() => store.upsertStatuses(rows), rows.length, 'live_status');
    },
    usages(readings) {
      const syncedAt = new Date();
      // The store keeps this month's usage only.
      const month = currentShanghaiMonth(syncedAt.getTime());
      const rows = readings.filter(({ usage }) => usage.month === month).map(({ card, usage }) => ({ iccid: card.iccid, usage, syncedAt }));
      record(() => store.upsertUsages(rows), rows.length, 'live_usage');
    },
  };
}
