import pino, { type Logger } from 'pino';
import type { SyncProgress } from '../domain/sync-progress';
import { FleetStoreError, type FleetStore } from '../fleet-store/fleet-store';
import type { Upstreams } from '../upstreams';
import { abortableSleep } from './abortable-sleep';
import { CallBudget } from './call-budget';
import { InventoryPass, type PassState } from './inventory-pass';
import { PaidRecharges } from './paid-recharges';
import { createSyncCall } from './sync-calls';
import { NO_SYNC_METRICS, type SyncMetrics } from './sync-metrics';
import { UsageRefresh } from './usage-refresh';

export interface FleetSyncOptions {
  store: FleetStore;
  /** The process-wide upstream layer: the sync binds each call to a background flow of its own. */
  upstreams: Pick<Upstreams, 'shingsou' | 'cmiot'>;
  /** Upstream calls per minute the sync may spend (`SYNC_CALLS_PER_MINUTE`), token fetches excluded. */
  callsPerMinute: number;
  metrics?: SyncMetrics;
  log?: Logger;
  /**
   * The next full pass starts this long after the last one started. Default 1 min: a pass is how
   * carrier-side changes (a stop for arrears) become events, and a demo-sized fleet's pass is 20
   * calls; a large fleet's pass takes longer than that and passes then follow each other.
   */
  passIntervalMs?: number;
  /** A usage reading younger than this is not read again. Default 15 min. */
  usageMinAgeMs?: number;
  /** How long one hold of the lease lasts before it is given up and taken again. Default 60 s. */
  leaseTermMs?: number;
  /** Wait before asking for the lease again while another replica holds it. Default 5 s. */
  leaseRetryMs?: number;
  /** Wait when every reading is fresh and no pass is due. Default 5 s. */
  idleMs?: number;
  /** First back-off after a failure, doubling up to `maxBackoffMs`. Defaults 1 s and 60 s. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

export interface FleetSync {
  /** What `fleetSummary.sync` shows and `/metrics` exports (one store summary, bounded). */
  progress(): Promise<SyncProgress>;
  /** Stops the loop and waits for its end, at most `timeoutMs` (default 5 s). */
  stop(timeoutMs?: number): Promise<void>;
}

/** How long `progress()` waits for the store's summary before reporting what it last knew. */
const PROGRESS_TIMEOUT_MS = 2_000;

/**
 * The fleet sync (issue 14 §2): while this replica holds the fleet-wide lease, it walks the
 * Shingsou inventory page by page (`inventory-pass.ts`) and refreshes this month's usage stalest
 * first (`usage-refresh.ts`), inside `SYNC_CALLS_PER_MINUTE` (`call-budget.ts`) and behind live
 * traffic in the account's budget (`sync-calls.ts`). A pass under way alternates with usage
 * steps, one page for one usage step; the first pass after start goes first, so a new store fills
 * within seconds. Every failure is counted, logged once per step and backed off; nothing here
 * throws into the process.
 */
export function startFleetSync(options: FleetSyncOptions): FleetSync {
  const { store, upstreams } = options;
  const log = options.log ?? pino({ level: 'silent' });
  const metrics = options.metrics ?? NO_SYNC_METRICS;
  const passIntervalMs = options.passIntervalMs ?? 60_000;
  const leaseTermMs = options.leaseTermMs ?? 60_000;
  const leaseRetryMs = options.leaseRetryMs ?? 5_000;
  const idleMs = options.idleMs ?? 5_000;
  const firstBackoffMs = options.backoffMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 60_000;

  const controller = new AbortController();
  const { signal } = controller;
  const budget = new CallBudget(options.callsPerMinute);
  const call = createSyncCall(budget, signal, metrics);
  const shingsou = upstreams.shingsou;
  const pass = shingsou && new InventoryPass({ store, shingsou, call, metrics });
  const paidRecharges = shingsou && new PaidRecharges({ store, shingsou, call, metrics });
  const usage = new UsageRefresh({
    store,
    shingsou,
    cmiot: upstreams.cmiot,
    call,
    metrics,
    minAgeMs: options.usageMinAgeMs ?? 15 * 60_000,
  });

  let leaseHeld = false;
  let lastPassFinishedAt: Date | null = null;
  let known: { cardsInStore: number; lagSeconds: number | null } = { cardsInStore: 0, lagSeconds: null };
  let backoffMs = firstBackoffMs;
  let inventoryTurn = true;

  /** One unit of work: a page, a usage step, or nothing (`false`: all fresh, nothing due). */
  async function step(): Promise<boolean> {
    const state: PassState | undefined = pass && (await pass.state());
    if (state?.lastFinishedAt) lastPassFinishedAt = new Date(state.lastFinishedAt);
    const passDue = pass !== undefined && state !== undefined && pass.due(state, passIntervalMs);
    // Until the first pass ends the store is incomplete: the inventory goes first.
    const inventoryFirst = passDue && (state?.lastFinishedAt === null || inventoryTurn);
    inventoryTurn = !inventoryTurn;
    if (inventoryFirst) {
      await passStep();
      return true;
    }
    if ((await usage.step()) > 0) return true;
    if (passDue) {
      await passStep();
      return true;
    }
    return false;
  }

  async function passStep(): Promise<void> {
    const done = await (pass as InventoryPass).step();
    if (done.kind === 'finished') {
      lastPassFinishedAt = new Date();
      // Once a pass: recharges paid since the last look (one order-get page). A failure (an account
      // without the order scope, say) is counted and logged; the pass itself stands.
      await paidRecharges?.step().catch((error: unknown) => {
        metrics.error('upstream');
        log.warn({ err: describe(error) }, 'fleet sync: paid recharges not read');
      });
      // The next progress() counts the store again: a count from before the last pages would
      // report a finished pass with fewer cards than it wrote.
      refreshedAt = 0;
      log.info({ deleted: done.deleted }, 'fleet sync: inventory pass finished');
    }
  }

  /** Steps while holding the lease, for one term; a store failure ends the term early. */
  async function term(): Promise<true> {
    leaseHeld = true;
    const ends = Date.now() + leaseTermMs;
    try {
      while (!signal.aborted && Date.now() < ends) {
        let worked: boolean;
        try {
          worked = await step();
          backoffMs = firstBackoffMs;
        } catch (error) {
          if (signal.aborted) return true;
          // The store failing ends the term (its connection, and with it the lease, may be gone).
          if (error instanceof FleetStoreError) throw error;
          metrics.error('upstream');
          log.warn({ err: describe(error), retryInMs: backoffMs }, 'fleet sync: upstream step failed');
          await pause(backoffMs);
          backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
          continue;
        }
        if (!worked) await pause(idleMs);
        await refreshProgress();
      }
      return true;
    } finally {
      leaseHeld = false;
    }
  }

  async function run(): Promise<void> {
    while (!signal.aborted) {
      try {
        const held = await store.withSyncLease(term);
        if (held === undefined) {
          // Another replica syncs: this one's gauges still show the store's state.
          await refreshProgress();
          await pause(leaseRetryMs);
        }
        else if (!signal.aborted) await refreshProgress();
      } catch (error) {
        if (signal.aborted) break;
        metrics.error(error instanceof FleetStoreError ? 'store' : 'lease');
        log.warn({ err: describe(error), retryInMs: backoffMs }, 'fleet sync: store failed; backing off');
        await pause(backoffMs);
        backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
      }
    }
  }

  /** Sleeps; returns early (without throwing) when the sync stops. */
  async function pause(ms: number): Promise<void> {
    await abortableSleep(ms, signal).catch(() => undefined);
  }

  let refreshedAt = 0;
  /** The store's own figures, at most every `everyMs`: they cost a summary over the whole store. */
  async function refreshProgress(everyMs = 5_000): Promise<void> {
    if (Date.now() - refreshedAt < everyMs) return;
    refreshedAt = Date.now();
    try {
      const summary = await store.summary({}, AbortSignal.timeout(PROGRESS_TIMEOUT_MS));
      const oldest = summary.oldestSyncedAt;
      known = { cardsInStore: summary.total, lagSeconds: oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : null };
    } catch {
      metrics.error('store');
    }
    metrics.progress({ callsLastMinute: budget.usedLastMinute(), lagSeconds: known.lagSeconds, leaseHeld, cardsInStore: known.cardsInStore });
  }

  const running = run().catch((error: unknown) => {
    // Unreachable by design (every failure above is caught); kept so the process never sees it.
    log.error({ err: describe(error) }, 'fleet sync stopped on an unexpected error');
  });

  return {
    async progress() {
      await refreshProgress(1_000);
      return {
        cardsInStore: known.cardsInStore,
        callsUsed: budget.usedLastMinute(),
        callsBudget: budget.perMinute,
        lagSeconds: known.lagSeconds,
        lastPassFinishedAt,
        leaseHeld,
      };
    },
    async stop(timeoutMs = 5_000) {
      controller.abort(new Error('the fleet sync is stopping'));
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([running, bound]).finally(() => clearTimeout(timer));
    },
  };
}

/** An error's name and message for the log; the upstream layer's messages carry no URL or secret. */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
