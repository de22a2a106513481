import { describe, expect, it } from '@jest/globals';
import { dataRoutes, type GraphQLResult, type Harness, type SimStats, useHarness } from '../../support/gateway';

/**
 * References a frontend follows, resolved as objects and batched: a page of N rows costs the
 * upstream's batch calls, never N lookups. Every test ends with the upstream calls it expected,
 * counted by the simulators, and no other.
 */

const harness = useHarness();

function dataOf<T>(result: GraphQLResult): T {
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** Calls per route, token fetches aside. */
async function callsOf(h: Harness, upstream: 'shingsou' | 'cmiot'): Promise<Record<string, number>> {
  const routes: SimStats['routes'] = dataRoutes(await h.stats(upstream));
  return Object.fromEntries(Object.entries(routes).map(([route, stats]) => [route, stats.calls]));
}

const unique = () => `L${Date.now()}${Math.floor(Math.random() * 1e6)}`;

describe('Card.plans and CardPlan.package', () => {
  it('links each plan to the catalogue package of its name: one catalogue read for a page of cards', async () => {
    const telecom = `{ cards(first: 20, carrier: CHINA_TELECOM) { edges { node { iccid
      plans { name expiresAt source package { packageId name price { fen } category { name } } }
      packages { name } } } } }`;
    const result = await harness().gql(telecom);
    type Plan = { name: string; source: string; package: { packageId: number; name: string; category: { name: string } } | null };
    const cards = dataOf<{ cards: { edges: { node: { iccid: string; plans: Plan[]; packages: { name: string }[] } }[] } }>(result).cards.edges.map((e) => e.node);
    const fleet = new Map(harness().simulators.fleet.cards.map((c) => [c.iccid, c]));
    let linked = 0;
    for (const card of cards) {
      // The deprecated packages is the same list.
      expect(card.packages.map((p) => p.name)).toEqual(card.plans.map((p) => p.name));
      for (const plan of card.plans) {
        expect(plan.source).toBe('SHINGSOU');
        expect(plan.package).not.toBeNull();
        expect(`${plan.package?.category.name} ${plan.package?.name}`).toBe(plan.name);
        expect(plan.package?.packageId).toBe(fleet.get(card.iccid)?.packageId);
        linked += 1;
      }
    }
    expect(linked).toBeGreaterThan(10);
    // The plans come with the inventory page; the catalogue is read once (the first test to read it), then cached.
    expect(await callsOf(harness(), 'shingsou')).toEqual({ 'flowcard-get': 1, 'product-get': 1 });
    await harness().resetStats();
    dataOf(await harness().gql(telecom));
    expect(await callsOf(harness(), 'shingsou')).toEqual({ 'flowcard-get': 1 });
  });

  it('links China Mobile plans from CMIOT offerings too, one offering read per card for plans and packages together', async () => {
    const result = await harness().gql(`{ cards(first: 5, carrier: CHINA_MOBILE) { edges { node { iccid plans { name source package { packageId } } packages { name } } } } }`);
    type Plan = { name: string; source: string; package: { packageId: number } | null };
    const cards = dataOf<{ cards: { edges: { node: { iccid: string; plans: Plan[]; packages: { name: string }[] } }[] } }>(result).cards.edges.map((e) => e.node);
    const fleet = new Map(harness().simulators.fleet.cards.map((c) => [c.iccid, c]));
    for (const card of cards) {
      expect(card.packages.map((p) => p.name)).toEqual(card.plans.map((p) => p.name));
      for (const plan of card.plans) expect(plan.package?.packageId).toBe(fleet.get(card.iccid)?.packageId);
    }
    expect((await callsOf(harness(), 'cmiot'))['v5/query/ordered-offerings']).toBe(cards.length);
  });
});

describe('Order.card and Order.merchant', () => {
  it('links a page of 20 orders to their cards in one inventory batch', async () => {
    const result = await harness().gql(`{ orders(first: 20) { edges { node { orderNo iccid msisdn card { iccid msisdn } } } } }`);
    const orders = dataOf<{ orders: { edges: { node: { iccid: string | null; msisdn: string | null; card: { iccid: string; msisdn: string } | null } }[] } }>(result).orders.edges.map((e) => e.node);
    expect(orders).toHaveLength(20);
    // A v2 order without a card (seeded merchant orders) has no card to link.
    for (const order of orders) expect(order.card).toEqual(order.iccid === null ? null : { iccid: order.iccid, msisdn: order.msisdn });
    expect(orders.filter((order) => order.card !== null).length).toBeGreaterThan(10);
    // One order page, one flowcard-get?cardNos= batch for up to 20 distinct cards.
    expect(await callsOf(harness(), 'shingsou')).toEqual({ 'order-get': 1, 'flowcard-get': 1 });
    expect(await callsOf(harness(), 'cmiot')).toEqual({});
  });

  it('links v2 orders to their merchants with one merchant list per provider, however many orders', async () => {
    const cards = harness().simulators.fleet.cards.filter((c) => c.carrier === 'CHINA_TELECOM' && c.inShingsou && c.activatedAt !== null);
    const iccid = cards[0]?.iccid ?? '';
    const pay = `mutation ($input: CreateMerchantPaymentInput!) { createMerchantPayment(input: $input) { orderNo } }`;
    const inputs = [
      { provider: 'ALIPAY', merchantId: 'M-ALI-0001', channel: 'SCAN_PAY' },
      { provider: 'ALIPAY', merchantId: 'M-ALI-0001', channel: 'WAP_PAY' },
      { provider: 'WECHAT_PAY', merchantId: 'M-WX-0001', channel: 'SCAN_PAY' },
    ];
    for (const input of inputs) {
      dataOf(await harness().gql(pay, { input: { ...input, outTradeNo: unique(), amount: 2410, subject: '流量充值 3GB', card: iccid, package: 12 } }));
    }
    // A v1 recharge order of the same card has no merchant.
    dataOf(await harness().gql(`mutation ($card: String!) { createRechargeOrder(card: $card, package: 12, payMethod: WECHAT_NATIVE) { orderNo } }`, { card: iccid }));
    await harness().resetStats();

    const result = await harness().gql(`query ($card: String!) { orders(first: 20, filter: { card: $card }) { edges { node {
      orderNo merchantId payMethod { provider } merchant { id merchantId provider name status } card { iccid } } } } }`, { card: iccid });
    type Row = { merchantId: string | null; payMethod: { provider: string }; merchant: { merchantId: string; provider: string; name: string } | null; card: { iccid: string } };
    const orders = dataOf<{ orders: { edges: { node: Row }[] } }>(result).orders.edges.map((e) => e.node);
    const withMerchant = orders.filter((o) => o.merchantId !== null);
    expect(withMerchant.length).toBeGreaterThanOrEqual(3);
    for (const order of withMerchant) expect(order.merchant).toMatchObject({ merchantId: order.merchantId, provider: order.payMethod.provider, name: expect.any(String) });
    for (const order of orders.filter((o) => o.merchantId === null)) expect(order.merchant).toBeNull();
    expect(orders.every((o) => o.card.iccid === iccid)).toBe(true);
    expect(await callsOf(harness(), 'shingsou')).toEqual({ 'order-get': 1, 'flowcard-get': 1, 'alipay-merchants': 1, 'wechatpay-merchants': 1 });
  });

  it('marks merchantId deprecated in favour of merchant', async () => {
    const result = await harness().gql(`{ __type(name: "Order") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }`);
    const fields = dataOf<{ __type: { fields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] } }>(result).__type.fields;
    expect(fields.find((f) => f.name === 'merchantId')).toMatchObject({ isDeprecated: true, deprecationReason: expect.stringContaining('merchant') });
    expect(fields.find((f) => f.name === 'merchant')).toMatchObject({ isDeprecated: false });
  });
});

describe('ArrearsSuspendedCard.card', () => {
  it('looks the rows up by MSISDN in one batch', async () => {
    const result = await harness().gql(`{ arrearsSuspendedCards(first: 20) { edges { node { msisdn card { iccid msisdn carrier { code } } } } } }`);
    const rows = dataOf<{ arrearsSuspendedCards: { edges: { node: { msisdn: string; card: { iccid: string; msisdn: string; carrier: { code: string } } | null } }[] } }>(result)
      .arrearsSuspendedCards.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThan(0);
    const fleet = new Map(harness().simulators.fleet.cards.map((c) => [c.msisdn, c]));
    for (const row of rows) expect(row.card).toEqual({ iccid: fleet.get(row.msisdn)?.iccid, msisdn: row.msisdn, carrier: { code: 'CHINA_MOBILE' } });
    const shingsou = await callsOf(harness(), 'shingsou');
    const cmiot = await callsOf(harness(), 'cmiot');
    expect(shingsou).toEqual({ 'flowcard-get': 1 });
    // The one API2022 page, and one card-info batch only if Shingsou lacked some of the rows.
    const onlyCmiot = rows.filter((row) => !fleet.get(row.msisdn)?.inShingsou).length;
    expect(cmiot).toEqual({ 'v2/arrearageuserinfo': 1, ...(onlyCmiot > 0 ? { 'v5/query/sim-card-info/batch': 1 } : {}) });
  });
});

describe('VoucherRecharge.flowCard', () => {
  it('links a page of voucher recharges to their cards in one batch, keeping the ICCID as iccid', async () => {
    const result = await harness().gql(`{ voucherHistory(first: 20) { edges { node { id card iccid flowCard { iccid msisdn } } } } }`);
    const rows = dataOf<{ voucherHistory: { edges: { node: { card: string | null; iccid: string | null; flowCard: { iccid: string } | null } }[] } }>(result)
      .voucherHistory.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.iccid).toBe(row.card);
      expect(row.flowCard?.iccid ?? null).toBe(row.iccid);
    }
    expect(await callsOf(harness(), 'shingsou')).toEqual({ 'datacard-history': 1, 'flowcard-get': 1 });
  });
});

describe('Refund.order', () => {
  it("links a refund to its order as the provider's Query reports it: one Query per distinct order", async () => {
    const pay = await harness().gql(`mutation ($input: CreateMerchantPaymentInput!) { createMerchantPayment(input: $input) { orderNo status } }`, {
      input: { provider: 'WECHAT_PAY', merchantId: 'M-WX-0001', channel: 'BARCODE_PAY', outTradeNo: unique(), amount: 1000, subject: 's', authCode: '134567890123456789' },
    });
    const { orderNo } = dataOf<{ createMerchantPayment: { orderNo: string } }>(pay).createMerchantPayment;
    await harness().resetStats();

    const refunded = await harness().gql(`mutation ($orderNo: String!) { refundOrder(orderNo: $orderNo, provider: WECHAT_PAY, amountFen: 300) {
      refundNo orderNo order { orderNo merchantId status amount { fen } refundedAmount { fen } } } }`, { orderNo });
    const refund = dataOf<{ refundOrder: { refundNo: string; order: unknown } }>(refunded).refundOrder;
    expect(refund.order).toEqual({ orderNo, merchantId: 'M-WX-0001', status: 'PARTIALLY_REFUNDED', amount: { fen: 1000 }, refundedAmount: { fen: 300 } });
    expect(await callsOf(harness(), 'shingsou')).toEqual({ 'wechatpay-refund': 1, 'wechatpay-query': 1 });
    await harness().resetStats();

    // Two reads of the refund (two RefundQuery calls) link to the one order: one Query.
    const read = await harness().gql(`query ($refundNo: String!) {
      a: refund(provider: WECHAT_PAY, refundNo: $refundNo) { order { orderNo status } }
      b: refund(provider: WECHAT_PAY, refundNo: $refundNo) { order { orderNo refundedAmount { fen } } } }`, { refundNo: refund.refundNo });
    expect(dataOf(read)).toEqual({ a: { order: { orderNo, status: 'PARTIALLY_REFUNDED' } }, b: { order: { orderNo, refundedAmount: { fen: 300 } } } });
    expect(await callsOf(harness(), 'shingsou')).toEqual({ 'wechatpay-refundquery': 2, 'wechatpay-query': 1 });
  });
});

describe('one merchant list per provider per request', () => {
  it('shares the list between merchants(provider:) and node(id) of the same request', async () => {
    const listed = await harness().gql(`{ merchants(provider: ALIPAY) { id merchantId } }`);
    const [merchant] = dataOf<{ merchants: { id: string; merchantId: string }[] }>(listed).merchants;
    if (!merchant) throw new Error('no seeded Alipay merchant');
    await harness().resetStats();
    const result = await harness().gql(`query ($id: ID!) { merchants(provider: ALIPAY) { merchantId } node(id: $id) { ... on Merchant { merchantId name } } }`, { id: merchant.id });
    expect(dataOf<{ node: { merchantId: string } }>(result).node.merchantId).toBe(merchant.merchantId);
    expect(await callsOf(harness(), 'shingsou')).toEqual({ 'alipay-merchants': 1 });
  });
});
