import { beforeAll, describe, expect, it } from '@jest/globals';
import { useHarness } from '../../support/gateway';

/**
 * The seed's online-ordering flow (`shingsou.md` §6.1-6.3, the vendor's H5 demo): pick a
 * package type, a package, create the payment, pay on the provider's page (the simulator's
 * `/__sim/pay/{orderNo}`), and see the order paid in the list and the statistics.
 */

interface Tally {
  count: number;
  amount: { fen: number };
}

let telecomIccid: string;

const harness = useHarness();
beforeAll(async () => {
  const cards = await harness().gql(`{ cards(first: 50, carrier: CHINA_TELECOM) { edges { node { iccid } } } }`);
  const edges = (cards.data as { cards: { edges: { node: { iccid: string } }[] } }).cards.edges;
  telecomIccid = edges[0]?.node.iccid ?? '';
  expect(telecomIccid).toMatch(/^8986/);
});

async function today(): Promise<Tally> {
  const result = await harness().gql(`{ orderStatistics { today { count amount { fen } } } }`);
  expect(result.errors).toBeUndefined();
  return (result.data as { orderStatistics: { today: Tally } }).orderStatistics.today;
}

const CREATE = `mutation ($card: String!, $package: Int!, $payMethod: PayChannel!, $clientOrderNo: String) {
  createRechargeOrder(card: $card, package: $package, payMethod: $payMethod, clientOrderNo: $clientOrderNo) {
    orderNo clientOrderNo status amount { fen formatted } payMethod { provider channel } expiresAt payUrl qrCode jsapiParams { appId }
  }
}`;

interface Payment {
  orderNo: string;
  clientOrderNo: string;
  status: string;
  amount: { fen: number; formatted: string };
  payMethod: { provider: string; channel: string };
  expiresAt: string;
  payUrl: string | null;
  qrCode: string | null;
}

describe('the online-ordering flow', () => {
  it('runs categories -> packages -> createRechargeOrder -> pay -> a PAID order, counted in the statistics', async () => {
    const categories = await harness().gql(`{ packageCategories { id name resetPolicy carrier { code name } } }`);
    expect(categories.errors).toBeUndefined();
    const list = (categories.data as { packageCategories: { id: number; name: string; resetPolicy: string; carrier: { code: string } }[] }).packageCategories;
    const telecom = list.find((c) => c.name === '电信 - 月清零');
    expect(telecom).toMatchObject({ resetPolicy: '月清零', carrier: { code: 'CHINA_TELECOM', name: '中国电信' } });

    const packages = await harness().gql(
      `query ($category: Int) { packages(category: $category) { packageId name price { fen formatted } dataQuotaKB dataQuotaMB validity carrier { code } category { id name } } }`,
      { category: telecom?.id },
    );
    expect(packages.errors).toBeUndefined();
    const tiles = (packages.data as { packages: { packageId: number; name: string; price: { fen: number; formatted: string }; dataQuotaKB: number; dataQuotaMB: number; carrier: { code: string } }[] }).packages;
    expect(tiles.length).toBeGreaterThan(1);
    for (const tile of tiles) expect(tile.carrier.code).toBe('CHINA_TELECOM');
    const threeGb = tiles.find((t) => t.name === '3GB');
    expect(threeGb).toMatchObject({ price: { fen: 2410, formatted: '¥24.10' }, dataQuotaKB: 3145728, dataQuotaMB: 3072, validity: 1 });

    const before = await today();
    const created = await harness().gql(CREATE, { card: telecomIccid, package: threeGb?.packageId, payMethod: 'WECHAT_NATIVE' });
    expect(created.errors).toBeUndefined();
    const payment = (created.data as { createRechargeOrder: Payment }).createRechargeOrder;
    expect(payment).toMatchObject({
      status: 'UNPAID',
      amount: { fen: 2410, formatted: '¥24.10' },
      payMethod: { provider: 'WECHAT_PAY', channel: 'WECHAT_NATIVE' },
      payUrl: null,
      qrCode: `${harness().simulators.shingsou.baseUrl}/__sim/pay/${payment.orderNo}`,
    });
    expect(payment.clientOrderNo).toMatch(/^SG[0-9a-f]{32}$/);

    // The payer scans the QR code and pays on the provider's page.
    const paid = await fetch(payment.qrCode ?? '');
    expect(paid.status).toBe(200);

    const orders = await harness().gql(
      `query ($card: String) { orders(first: 5, filter: { card: $card, status: PAID }) {
        totalCount edges { node { id orderNo status statusLabel iccid amount { fen } transactionId paidAt payMethod { provider channel }
          card { iccid carrier { code } } package { packageId name } refunds { refundedAmount { fen } refundableAmount { fen } } } }
      } }`,
      { card: telecomIccid },
    );
    expect(orders.errors).toBeUndefined();
    const nodes = (orders.data as { orders: { edges: { node: Record<string, unknown> }[] } }).orders.edges.map((e) => e.node);
    expect(nodes[0]).toMatchObject({
      id: expect.any(String),
      orderNo: payment.orderNo,
      status: 'PAID',
      statusLabel: '已支付',
      iccid: telecomIccid,
      amount: { fen: 2410 },
      transactionId: expect.any(String),
      paidAt: expect.any(String),
      payMethod: { provider: 'WECHAT_PAY', channel: 'WECHAT_NATIVE' },
      card: { iccid: telecomIccid, carrier: { code: 'CHINA_TELECOM' } },
      package: { packageId: threeGb?.packageId, name: '3GB' },
      refunds: { refundedAmount: { fen: 0 }, refundableAmount: { fen: 2410 } },
    });

    const after = await today();
    expect(after.count).toBe(before.count + 1);
    expect(after.amount.fen).toBe(before.amount.fen + 2410);

    // The catalogue is read once and then served from the cache; one payment call.
    const stats = await harness().stats('shingsou');
    expect(stats.routes['product-categories']?.calls).toBe(1);
    expect(stats.routes['product-get']?.calls).toBe(1);
    expect(stats.routes['payment-post']?.calls).toBe(1);
    expect(stats.routes['order-get']?.calls).toBe(1);
    expect(stats.routes['order-statistic']?.calls).toBe(2);
    expect(stats.routes['flowcard-get']?.calls).toBe(1);
  });

  it('returns the same order for a repeated clientOrderNo, and the full order when asked', async () => {
    const variables = { card: telecomIccid, package: 12, payMethod: 'ALIPAY_WAP', clientOrderNo: 'page-retry-0001' };
    const withOrder = CREATE.replace('jsapiParams { appId }', 'jsapiParams { appId } order { orderNo status card { iccid } package { packageId } }');
    const first = await harness().gql(withOrder, variables);
    const second = await harness().gql(CREATE, variables);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const a = (first.data as { createRechargeOrder: Payment & { order: Record<string, unknown> } }).createRechargeOrder;
    const b = (second.data as { createRechargeOrder: Payment }).createRechargeOrder;
    expect(b.orderNo).toBe(a.orderNo);
    expect(a.payUrl).toContain(`/__sim/pay/${a.orderNo}`);
    expect(a.order).toMatchObject({ orderNo: a.orderNo, status: 'UNPAID', card: { iccid: telecomIccid }, package: { packageId: 12 } });
    expect(await harness().calls('shingsou', 'payment-post')).toBe(2);
    expect(await harness().calls('shingsou', 'product-get')).toBe(0);
  });

  it('hands WECHAT_JSAPI payers the JSAPI parameters', async () => {
    const result = await harness().gql(
      `mutation ($card: String!) { createRechargeOrder(card: $card, package: 10, payMethod: WECHAT_JSAPI, openId: "o6_bmjrPTlm6_2sgVt7hMZOPfL2M") {
        payUrl qrCode jsapiParams { appId timeStamp nonceStr package signType paySign } } }`,
      { card: telecomIccid },
    );
    expect(result.errors).toBeUndefined();
    const payment = (result.data as { createRechargeOrder: { payUrl: null; qrCode: null; jsapiParams: Record<string, string> } }).createRechargeOrder;
    expect(payment.payUrl).toBeNull();
    expect(payment.jsapiParams).toMatchObject({ appId: expect.any(String), package: expect.stringMatching(/^prepay_id=/), paySign: expect.any(String) });
  });

  it("lists a card's orders through Card.orders, paging with order cursors", async () => {
    const query = `query ($iccid: String!, $after: String) { card(iccid: $iccid) { orders(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { orderNo iccid } } } } }`;
    const first = await harness().gql(query, { iccid: telecomIccid });
    expect(first.errors).toBeUndefined();
    const page = (first.data as { card: { orders: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { orderNo: string; iccid: string } }[] } } }).card.orders;
    expect(page.totalCount).toBeGreaterThanOrEqual(3);
    expect(page.edges).toHaveLength(2);
    for (const edge of page.edges) expect(edge.node.iccid).toBe(telecomIccid);
    const second = await harness().gql(query, { iccid: telecomIccid, after: page.pageInfo.endCursor });
    const next = (second.data as { card: { orders: { edges: { node: { orderNo: string } }[] } } }).card.orders.edges;
    expect(next.map((e) => e.node.orderNo)).not.toContain(page.edges[0]?.node.orderNo);
    expect(await harness().calls('shingsou', 'order-get')).toBe(2);
  });

  it('refuses a card cursor passed to an order list', async () => {
    const cards = await harness().gql(`{ cards(first: 1) { pageInfo { endCursor } } }`);
    const cursor = (cards.data as { cards: { pageInfo: { endCursor: string } } }).cards.pageInfo.endCursor;
    await harness().resetStats();
    const result = await harness().gql(`query ($after: String) { orders(first: 5, after: $after) { totalCount } }`, { after: cursor });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(await harness().calls('shingsou', 'order-get')).toBe(0);
  });
});
