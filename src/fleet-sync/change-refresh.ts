import type { Logger } from 'pino';
import type { FleetStore } from '../fleet-store/fleet-store';
import type { ShingsouClient } from '../upstreams/shingsou/client';
import { SHINGSOU_LIMITS } from '../upstreams/shingsou/limits';
import type { SyncCall } from './sync-calls';
import type { SyncMetrics } from './sync-metrics';

export interface ChangeRefreshOptions {
  store: FleetStore;
  shingsou: ShingsouClient | undefined;
  call: SyncCall;
  metrics: SyncMetrics;
  log: Logger;
  /** Whether the store is open; changes made before it is are left to the sync's next pass. */
  isOpen: () => boolean;
}

/**
 * Our own writes become events (issue 15 §1): after a stop or resume the upstream confirmed, the
 * changed cards' stored status is read again (`flowcard-get?cardNos=`, one call per 100 cards,
 * from the sync's budget, behind live traffic) and written to the store, whose trigger records the
 * change. Fire-and-forget: the request that made the change never waits for it; a failure is
 * counted and logged, and the sync's next pass catches up.
 */
export function createChangeRefresher(options: ChangeRefreshOptions): (iccids: readonly string[]) => void {
  const { store, shingsou, call, metrics, log } = options;
  return (iccids) => {
    if (!shingsou || iccids.length === 0 || !options.isOpen()) return;
    void (async () => {
      for (let start = 0; start < iccids.length; start += SHINGSOU_LIMITS.cardsPerRequest) {
        const chunk = iccids.slice(start, start + SHINGSOU_LIMITS.cardsPerRequest);
        const rows = await call('shingsou', (flow) => shingsou.forFlow(flow).cards.findInventory(chunk));
        await store.upsertInventory(rows, new Date());
        metrics.cardsSynced('inventory', rows.length);
      }
    })().catch((error: unknown) => {
      metrics.error('live');
      log.warn({ reason: (error as Error).message }, 'fleet store: a changed card was not refreshed; the next pass will');
    });
  };
}
