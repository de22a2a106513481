import {
  CardState,
  StatusSource,
  formatShanghaiIso,
  shingsouOperatorFromCarrier,
  statusCodeTable,
  type KnownCarrier,
  type LifecycleCounts,
} from '../domain';
import type { CmiotClient } from './cmiot/client';
import type { LiveCache } from './live-cache';
import { notConfigured } from './not-configured';
import type { ShingsouClient } from './shingsou/client';

export interface CarrierCounts {
  total: number;
  byState: { state: CardState; count: number }[];
  countedAt: string;
}

/** Reference data (card counts): changes slowly, costs several calls to rebuild. */
export const REFERENCE_TTL_MS = 30 * 60_000;

/**
 * Card counts per carrier, cached as reference data in a store of their own (shared across
 * replicas with Redis, as the live cache is), so the live cache holds live reads only. Built once
 * in `createUpstreams`.
 */
export class CarrierCounter {
  constructor(
    private readonly shingsou: ShingsouClient | undefined,
    private readonly cmiot: CmiotClient | undefined,
    private readonly store: LiveCache,
  ) {}

  /** The same counter over other clients (a request's, bound to its flow), the same store. */
  withClients(shingsou: ShingsouClient | undefined, cmiot: CmiotClient | undefined): CarrierCounter {
    return new CarrierCounter(shingsou, cmiot, this.store);
  }

  /**
   * A carrier's inventory counted by normalized state. Neither upstream counts by state, so this
   * asks Shingsou `flowcard-get` with `pageSize=1` once for the total and once per raw code of the
   * carrier's Shingsou table (`shingsou.md` §6.7: 9 China Mobile, 17 Telecom, 11 Unicom codes),
   * reading only `total`, and sums codes per state. It counts the stored status, not a live read,
   * and only cards in the Shingsou inventory.
   */
  async byState(carrier: KnownCarrier): Promise<CarrierCounts> {
    const { shingsou, store } = this;
    if (!shingsou) throw notConfigured('shingsou');
    const cacheKey = `ref:card-counts:${carrier}`;
    const [cached] = await store.getMany<CarrierCounts>([cacheKey]);
    if (cached) return cached.value;

    const operator = shingsouOperatorFromCarrier(carrier);
    const rows = statusCodeTable(carrier).filter((row) => row.sources.includes(StatusSource.SHINGSOU));
    const [total, ...perCode] = await Promise.all([
      shingsou.cardLive.count(operator),
      ...rows.map((row) => shingsou.cardLive.count(operator, Number(row.code))),
    ]);
    const byState = new Map<CardState, number>();
    rows.forEach((row, index) => byState.set(row.state, (byState.get(row.state) ?? 0) + (perCode[index] ?? 0)));
    // Cards whose code is outside the table are in the total only: they are UNKNOWN (§1).
    const counted = perCode.reduce((sum, n) => sum + n, 0);
    if (total !== undefined && total > counted) byState.set(CardState.UNKNOWN, (byState.get(CardState.UNKNOWN) ?? 0) + total - counted);
    const counts: CarrierCounts = {
      total: total ?? 0,
      byState: [...byState].filter(([, count]) => count > 0).map(([state, count]) => ({ state, count })),
      countedAt: formatShanghaiIso(Date.now()),
    };
    await store.setMany([{ key: cacheKey, value: counts }], REFERENCE_TTL_MS);
    return counts;
  }

  /** CMIOT v2 `querycardcount`: one call, cached. `null` without CMIOT. */
  async chinaMobileLifecycles(): Promise<LifecycleCounts | null> {
    const { cmiot, store } = this;
    if (!cmiot) return null;
    const cacheKey = 'ref:cmiot-lifecycle-counts';
    const [cached] = await store.getMany<LifecycleCounts>([cacheKey]);
    if (cached) return cached.value;
    const counts = await cmiot.cardCounts.byLifecycle();
    await store.setMany([{ key: cacheKey, value: counts }], REFERENCE_TTL_MS);
    return counts;
  }
}
