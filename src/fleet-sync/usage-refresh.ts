import { Carrier, currentShanghaiMonth, type KnownCarrier } from '../domain';
import type { FleetStore, FleetUsageReading } from '../fleet-store/fleet-store';
import type { CmiotClient } from '../upstreams/cmiot/client';
import { CMIOT_LIMITS } from '../upstreams/cmiot/limits';
import { isUpstreamError } from '../upstreams/errors';
import type { ShingsouClient } from '../upstreams/shingsou/client';
import type { SyncCall } from './sync-calls';
import type { SyncMetrics } from './sync-metrics';

/** Shingsou `flowcard-data` calls one usage step makes at once (each one call of the budget). */
const SHINGSOU_USAGE_CONCURRENCY = 4;

export interface UsageRefreshDeps {
  store: FleetStore;
  shingsou: ShingsouClient | undefined;
  cmiot: CmiotClient | undefined;
  call: SyncCall;
  metrics: SyncMetrics;
  /** A reading younger than this is not read again. */
  minAgeMs: number;
  now?: () => Date;
}

/**
 * This month's usage, stalest first, at each endpoint's batch form, routed by the live path's
 * rule (`loaders/routing.ts`): China Mobile cards from CMIOT's monthly batch, 100 a call
 * (`cmiot.md` §3.3, 25U03); every other card, and a China Mobile card CMIOT does not know, from
 * Shingsou `flowcard-data`, one call per card (no batch form, `shingsou.md` §5.2). Each `step`
 * spends at most one CMIOT batch or `SHINGSOU_USAGE_CONCURRENCY` Shingsou calls.
 */
export class UsageRefresh {
  private turn: 'cmiot' | 'shingsou' = 'cmiot';

  constructor(private readonly deps: UsageRefreshDeps) {}

  /** One step: the readings written, or 0 when every reading is younger than `minAgeMs`. */
  async step(): Promise<number> {
    const first = this.turn;
    this.turn = first === 'cmiot' ? 'shingsou' : 'cmiot';
    const order = first === 'cmiot' ? [this.cmiotStep, this.shingsouStep] : [this.shingsouStep, this.cmiotStep];
    for (const run of order) {
      const written = await run.call(this);
      if (written > 0) return written;
    }
    return 0;
  }

  private async cmiotStep(): Promise<number> {
    const { cmiot, call } = this.deps;
    if (!cmiot) return 0;
    const iccids = await this.due(CMIOT_LIMITS.usageMonthly, [Carrier.CHINA_MOBILE]);
    if (iccids.length === 0) return 0;
    const month = currentShanghaiMonth(this.now().getTime());
    const answers = await call('cmiot', (flow) => cmiot.forFlow(flow).cardLive.usageMonthly(iccids, month));
    const readings: FleetUsageReading[] = [];
    const unknown: string[] = [];
    for (const iccid of iccids) {
      const answer = answers.get(iccid);
      if (answer === undefined || answer instanceof Error) {
        // A China Mobile card of another OneLink account: Shingsou answers for it (`routing.ts`).
        if (isUpstreamError(answer) && answer.code === 'NOT_FOUND') unknown.push(iccid);
        else this.deps.metrics.error('upstream');
        continue;
      }
      readings.push({ iccid, usage: answer, syncedAt: this.now() });
    }
    const fallback = unknown.length > 0 && this.deps.shingsou ? await this.fromShingsou(unknown, month) : [];
    const written = await this.write([...readings, ...fallback]);
    // Stalest first would ask for the same cards again at once: let the loop back off instead.
    if (written === 0) throw new Error('CMIOT answered no usage for a whole batch');
    return written;
  }

  private async shingsouStep(): Promise<number> {
    if (!this.deps.shingsou) return 0;
    // With CMIOT configured, its cards are its own; without it, Shingsou answers for every card.
    const carriers: KnownCarrier[] | undefined = this.deps.cmiot ? [Carrier.CHINA_TELECOM, Carrier.CHINA_UNICOM] : undefined;
    const iccids = await this.due(SHINGSOU_USAGE_CONCURRENCY, carriers);
    if (iccids.length === 0) return 0;
    return this.write(await this.fromShingsou(iccids, currentShanghaiMonth(this.now().getTime())));
  }

  /** `flowcard-data` per card, concurrently; a card that fails is left for a later step. */
  private async fromShingsou(iccids: readonly string[], month: string): Promise<FleetUsageReading[]> {
    const { shingsou, call, metrics } = this.deps;
    if (!shingsou) return [];
    const readings: FleetUsageReading[] = [];
    let failure: unknown;
    for (let at = 0; at < iccids.length; at += SHINGSOU_USAGE_CONCURRENCY) {
      await Promise.all(
        iccids.slice(at, at + SHINGSOU_USAGE_CONCURRENCY).map(async (iccid) => {
          try {
            const usage = await call('shingsou', (flow) => shingsou.forFlow(flow).cardLive.usage(iccid, month));
            readings.push({ iccid, usage, syncedAt: this.now() });
          } catch (error) {
            metrics.error('upstream');
            failure ??= error;
          }
        }),
      );
    }
    // Nothing read at all: the upstream is failing; the loop backs off.
    if (readings.length === 0 && failure !== undefined) throw failure;
    return readings;
  }

  /** The stalest ICCIDs whose usage reading is missing, of another month, or older than `minAgeMs`. */
  private async due(limit: number, carriers: readonly KnownCarrier[] | undefined): Promise<string[]> {
    const { store, minAgeMs } = this.deps;
    const stalest = await store.stalest('usage', limit, carriers);
    if (stalest.length === 0) return [];
    const rows = await store.rows(stalest);
    const now = this.now().getTime();
    const month = currentShanghaiMonth(now);
    return stalest.filter((iccid) => {
      const row = rows.get(iccid);
      if (!row?.usage || !row.usageSyncedAt || row.usage.month !== month) return true;
      return now - row.usageSyncedAt.getTime() >= minAgeMs;
    });
  }

  private async write(readings: FleetUsageReading[]): Promise<number> {
    if (readings.length === 0) return 0;
    await this.deps.store.upsertUsages(readings);
    this.deps.metrics.cardsSynced('usage', readings.length);
    return readings.length;
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
