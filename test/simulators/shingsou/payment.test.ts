import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SimCard } from '../../../src/simulators/fleet';
import { Sim, setKnobs, startSim } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ cards: 800 });
});
afterAll(() => sim.close());

const telecomCard = (): SimCard => sim.fleet.cards.find((c) => c.inShingsou && c.carrier === 'CHINA_TELECOM' && c.quotaKb !== null)!;
const post = (body: unknown) => sim.call('POST', '/payment/Payment/Post', { body });

describe('products (shingsou.md §6.1)', () => {
  it('lists the categories of the H5 demo, token only', async () => {
    const token = await sim.token('iot.cardservice.flowcard.get');
    const res = await sim.call('GET', '/payment/Product/Categories', { token });
    expect(res.status).toBe(200);
    expect(res.json.items).toContainEqual({ id: 3, name: '电信 - 月清零', operator: 3, resetPolicy: '月清零' });
  });

  it('lists on-sale products by category and operator', async () => {
    const res = await sim.call('GET', '/payment/Product/Get', { query: { categoryId: 3 } });
    expect(res.json.items.map((p: { price: number }) => p.price)).toEqual([1200, 1800, 2410, 3000, 4100, 5300]);
    expect(res.json.items[2]).toEqual({
      id: 12, name: '3GB', categoryId: 3, categoryName: '电信 - 月清零', operator: 3, price: 2410,
      dataQuotaKb: 3145728, resetPolicy: '月清零', validityMonths: 1, onSale: true,
    });
    const mobile = await sim.call('GET', '/payment/Product', { query: { operator: 1, pageSize: 100 } });
    expect(mobile.json.items.every((p: { operator: number; onSale: boolean }) => p.operator === 1 && p.onSale)).toBe(true);
    expect((await sim.call('GET', '/payment/Product/Get', { query: { pageSize: 500 } })).status).toBe(422);
  });
});

describe('payment-post and the pay page (§6.3, §7.7)', () => {
  it('creates an unpaid order whose qrCode opens the simulator pay page, which pays it and adds quota', async () => {
    const card = telecomCard();
    const before = await sim.call('GET', '/cards/FlowCard/Data', { query: { cardNo: card.iccid } });
    const res = await post({ cardNo: card.msisdn, productId: 12, payMethod: 'WECHAT_NATIVE' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ amount: 2410, payMethod: 'WECHAT_NATIVE', status: 'UNPAID', payUrl: null, jsapiParams: null });
    expect(res.json.orderNo).toMatch(/^SO\d{18}$/);
    expect(res.json.qrCode).toBe(`${sim.url}/__sim/pay/${res.json.orderNo}`);
    expect(res.json.expiresAt).toBe('2024-05-20T12:30:00+08:00');
    const paid = await fetch(res.json.qrCode as string);
    expect(await paid.json()).toEqual({ orderNo: res.json.orderNo, status: 'PAID', statusName: '已支付' });
    const after = await sim.call('GET', '/cards/FlowCard/Data', { query: { cardNo: card.iccid } });
    expect(after.json.totalKb).toBe(before.json.totalKb + 3145728);
    const listed = await sim.call('GET', '/payment/Order/Get', { query: { keyword: card.iccid } });
    expect(listed.json.items[0]).toMatchObject({
      orderNo: res.json.orderNo, cardNo: card.iccid, msisdn: card.msisdn, productId: 12, productName: '3GB', amount: 2410,
      dataQuotaKb: 3145728, status: 'PAID', statusName: '已支付', paidAt: '2024-05-20T12:00:00+08:00', refundedAmount: 0, merchantId: null,
    });
    expect(listed.json.items[0].transactionId).toMatch(/^4200\d{24}$/);
  });

  it('hands out payUrl or jsapiParams by channel', async () => {
    const card = telecomCard();
    const wap = await post({ cardNo: card.iccid, productId: 10, payMethod: 'ALIPAY_WAP' });
    expect(wap.json.payUrl).toBe(`${sim.url}/__sim/pay/${wap.json.orderNo}`);
    const jsapi = await post({ cardNo: card.iccid, productId: 10, payMethod: 'WECHAT_JSAPI', openId: 'o-123' });
    expect(Object.keys(jsapi.json.jsapiParams).sort()).toEqual(['appId', 'nonceStr', 'package', 'paySign', 'signType', 'timeStamp']);
  });

  it('is idempotent on clientOrderNo', async () => {
    const card = telecomCard();
    const a = await post({ cardNo: card.iccid, productId: 11, payMethod: 'ALIPAY_PC', clientOrderNo: 'client-42' });
    const b = await post({ cardNo: card.iccid, productId: 11, payMethod: 'ALIPAY_PC', clientOrderNo: 'client-42' });
    expect(b.json.orderNo).toBe(a.json.orderNo);
  });

  it.each([
    [{ productId: 999, payMethod: 'ALIPAY_PC' }, 20001],
    [{ productId: 19, payMethod: 'ALIPAY_PC' }, 20001],
    [{ cardNo: '89860000000000000000', productId: 12, payMethod: 'ALIPAY_PC' }, 20002],
    [{ productId: 12, payMethod: 'BITCOIN' }, 20003],
    [{ productId: 1, payMethod: 'ALIPAY_PC' }, 20004],
    [{ productId: 12, payMethod: 'WECHAT_JSAPI' }, 20005],
  ])('%j → 422 code %d', async (fields, code) => {
    const res = await post({ cardNo: telecomCard().iccid, ...fields });
    expect(res.status).toBe(422);
    expect(res.json.code).toBe(code);
    expect(Object.keys(res.json).sort()).toEqual(['code', 'description', 'name']);
  });

  it('validates the body and needs iot.paymentservice.all', async () => {
    expect((await post({ cardNo: 'x' })).status).toBe(422);
    const token = await sim.token('iot.paymentservice.order.all');
    expect((await sim.call('POST', '/payment/Payment/Post', { token, body: {} })).status).toBe(403);
  });

  it('auto-pays after the configured delay', async () => {
    await setKnobs(sim, { autoPayAfterMs: 10 });
    const res = await post({ cardNo: telecomCard().iccid, productId: 13, payMethod: 'ALIPAY_SCAN' });
    await setKnobs(sim, { autoPayAfterMs: null });
    const order = sim.fleet.ordersByNo.get(res.json.orderNo as string)!;
    for (let i = 0; i < 50 && order.status !== 'PAID'; i++) await new Promise((r) => setTimeout(r, 10));
    expect(order.status).toBe('PAID');
  });

  it('the pay page refuses an unknown order with 404 and a closed one with 21002', async () => {
    expect((await fetch(`${sim.url}/__sim/pay/SO000`)).status).toBe(404);
    const res = await post({ cardNo: telecomCard().iccid, productId: 14, payMethod: 'ALIPAY_PC' });
    sim.clock.advance(31 * 60_000);
    const page = await fetch(`${sim.url}/__sim/pay/${res.json.orderNo}`);
    expect(page.status).toBe(422);
    expect(((await page.json()) as { code: number }).code).toBe(21002);
  });
});

describe('orders and statistics (§6.2)', () => {
  it('lists newest first, filters by status and dates, and closes expired unpaid orders', async () => {
    const res = await sim.call('GET', '/payment/Order/Get', { query: { pageSize: 100 } });
    const times = res.json.items.map((o: { createdAt: string }) => Date.parse(o.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const closed = await sim.call('GET', '/payment/Order/Get', { query: { status: 'CLOSED', from: '2024-05-20', to: '2024-05-20' } });
    expect(closed.json.items.length).toBeGreaterThan(0);
    expect(closed.json.items.every((o: { status: string; statusName: string }) => o.status === 'CLOSED' && o.statusName === '已关闭')).toBe(true);
    expect((await sim.call('GET', '/payment/Order/Get', { query: { status: 'LOST' } })).status).toBe(422);
  });

  it('counts paid orders per Asia/Shanghai day', async () => {
    const res = await sim.call('GET', '/payment/Order/Statistic');
    // Recharge orders only (§6.2): the demo merchants' seeded v2 orders carry no card.
    const paid = sim.fleet.orders.filter((o) => o.status === 'PAID' && o.cardNo !== null);
    const onDay = (from: string, to: string) =>
      paid.filter((o) => o.paidAt! >= Date.parse(`${from}T00:00:00+08:00`) && o.paidAt! < Date.parse(`${to}T00:00:00+08:00`));
    const sum = (os: typeof paid) => ({ count: os.length, amount: os.reduce((s, o) => s + o.amount, 0) });
    expect(res.json).toEqual({
      today: sum(onDay('2024-05-20', '2024-05-21')),
      yesterday: sum(onDay('2024-05-19', '2024-05-20')),
      last7Days: sum(onDay('2024-05-14', '2024-05-21')),
    });
    expect(res.json.today.count).toBeGreaterThan(0);
  });
});
