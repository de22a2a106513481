import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { currentShanghaiMonth } from '../../../src/domain';
import { createFleetStore } from '../../../src/fleet-store/create-fleet-store';
import type { FleetStore } from '../../../src/fleet-store/fleet-store';
import { CallBudget } from '../../../src/fleet-sync/call-budget';
import { PaidRecharges, PAID_STATE_KEY } from '../../../src/fleet-sync/paid-recharges';
import { createSyncCall } from '../../../src/fleet-sync/sync-calls';
import { NO_SYNC_METRICS } from '../../../src/fleet-sync/sync-metrics';
import { startSimulators, type RunningSimulators } from '../../../src/simulators';
import { requireUpstream, type Upstreams } from '../../../src/upstreams';
import { upstreamsFor } from './sync-rig';

/**
 * Issue 15 §1, "recharge paid": once a pass the sync reads the newest PAID orders, and the cards
 * paid for since its last look are read again into the store: the recharge's quota shows in the
 * stored usage (a lower usage percent, which is what arms a crossed usage rule again).
 */
describe('paid recharges', () => {
  let simulators: RunningSimulators;
  let upstreams: Upstreams;
  let store: FleetStore;

  beforeAll(async () => {
    simulators = await startSimulators({ cards: 300 });
    upstreams = upstreamsFor(simulators);
    store = await createFleetStore({ kind: 'memory' });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await upstreams?.close();
    await simulators?.close();
  });

  it('notes where it stands on its first look, then refreshes the cards of orders paid since', async () => {
    const shingsou = requireUpstream(upstreams, 'shingsou');
    const call = createSyncCall(new CallBudget(6000), new AbortController().signal, NO_SYNC_METRICS);
    const recharges = new PaidRecharges({ store, shingsou, call, metrics: NO_SYNC_METRICS });
    const page = await shingsou.cards.inventoryPage(1, 100);
    await store.upsertInventory(page.rows, new Date());
    const telecom = page.rows.find((row) => row.card.carrier === 'CHINA_TELECOM' && row.status?.state === 'ACTIVE');
    if (!telecom) throw new Error('no active Telecom card');
    const iccid = telecom.card.iccid;
    const month = currentShanghaiMonth();
    await store.upsertUsages([{ iccid, usage: await shingsou.cardLive.usage(iccid, month), syncedAt: new Date() }]);

    expect(await recharges.step()).toBe(0);
    expect(await store.getSyncState(PAID_STATE_KEY)).toBeDefined();

    const packages = await shingsou.payments.packages();
    const product = packages.find((p) => p.carrier === 'CHINA_TELECOM' && p.dataQuotaKb !== null);
    if (!product) throw new Error('no Telecom package with a quota');
    const order = await shingsou.payments.createPayment({ cardNo: iccid, productId: product.id, payMethod: 'WECHAT_NATIVE', clientOrderNo: `paid-test-${Date.now()}` });
    const before = (await store.rows([iccid])).get(iccid)?.usage;
    expect((await fetch(`${simulators.shingsou.baseUrl}/__sim/pay/${order.orderNo}`)).status).toBe(200);

    expect(await recharges.step()).toBe(1);
    const after = (await store.rows([iccid])).get(iccid)?.usage;
    expect(after?.quotaKb).toBe((before?.quotaKb ?? 0) + (product.dataQuotaKb ?? 0));
    // Seen once: the next look finds nothing new.
    expect(await recharges.step()).toBe(0);
  });
});
