import { currentShanghaiMonth, formatShanghaiDate } from '../domain';
import type { FleetUsageReading } from '../fleet-store/fleet-store';
import type { FleetStore } from '../fleet-store/fleet-store';
import type { ShingsouClient } from '../upstreams/shingsou/client';
import { SHINGSOU_LIMITS } from '../upstreams/shingsou/limits';
import type { SyncCall } from './sync-calls';
import type { SyncMetrics } from './sync-metrics';

/** The sync state key: the newest `paidAt` already handled (ISO), shared by replicas. */
export const PAID_STATE_KEY = 'paid-recharges';

/**
 * Paid recharges become events (issue 15 §1). Payment happens at Alipay or WeChat Pay, and the
 * platform tells no one: the gateway sees it in `order-get`. Once a pass, one page of the newest
 * PAID orders since yesterday (Asia/Shanghai) is read; the cards of orders paid since the last look
 * are read again, inventory (`flowcard-get?cardNos=`: an arrears stop lifted, a new expiry) and this
 * month's usage (`flowcard-data`, one call a card: the recharge's quota lowers the usage percent,
 * which re-arms the usage rules), and written to the store, whose trigger records what changed.
 * The first look only notes where it stands: a restart does not replay old payments.
 */
export class PaidRecharges {
  constructor(
    private readonly deps: {
      store: FleetStore;
      shingsou: ShingsouClient;
      call: SyncCall;
      metrics: SyncMetrics;
      now?: () => Date;
    },
  ) {}

  /** The cards refreshed. */
  async step(): Promise<number> {
    const { store, shingsou, call } = this.deps;
    const now = (this.deps.now ?? (() => new Date()))();
    const lastPaidAt = await store.getSyncState(PAID_STATE_KEY);
    const from = formatShanghaiDate(now.getTime() - 86_400_000);
    const page = await call('shingsou', (flow) => shingsou.forFlow(flow).payments.orders({ page: 1, pageSize: SHINGSOU_LIMITS.pageSize, status: 'PAID', from }));
    const paid = page.orders.filter((order) => order.paidAt !== null && order.iccid !== null);
    const newest = paid.reduce<number>((max, order) => Math.max(max, Date.parse(order.paidAt as string)), lastPaidAt === undefined ? 0 : Date.parse(lastPaidAt));
    if (lastPaidAt === undefined) {
      await store.setSyncState(PAID_STATE_KEY, new Date(newest || now.getTime()).toISOString());
      return 0;
    }
    const since = Date.parse(lastPaidAt);
    const iccids = [...new Set(paid.filter((order) => Date.parse(order.paidAt as string) > since).map((order) => order.iccid as string))];
    for (let start = 0; start < iccids.length; start += SHINGSOU_LIMITS.cardsPerRequest) {
      const chunk = iccids.slice(start, start + SHINGSOU_LIMITS.cardsPerRequest);
      const rows = await call('shingsou', (flow) => shingsou.forFlow(flow).cards.findInventory(chunk));
      await store.upsertInventory(rows, new Date());
      this.deps.metrics.cardsSynced('inventory', rows.length);
    }
    const month = currentShanghaiMonth(now.getTime());
    const usages: FleetUsageReading[] = [];
    for (const iccid of iccids) {
      const usage = await call('shingsou', (flow) => shingsou.forFlow(flow).cardLive.usage(iccid, month));
      usages.push({ iccid, usage, syncedAt: new Date() });
    }
    await store.upsertUsages(usages);
    this.deps.metrics.cardsSynced('usage', usages.length);
    if (newest > since) await store.setSyncState(PAID_STATE_KEY, new Date(newest).toISOString());
    return iccids.length;
  }
}
