import { describe, expect, it } from '@jest/globals';
import { dataRoutes, type GraphQLResult, useHarness } from '../../support/gateway';

/**
 * A link needs the scope of the read behind it: the rest of the answer stays, and a link the key
 * may not follow is null with FORBIDDEN, decided before any upstream call for it.
 */

const PAYER = 'links-payer-key-0123456789';
const ORDERS_ONLY = 'links-orders-only-key-0123456789';

const harness = useHarness({
  env: { API_KEYS: `${PAYER}=iot.cardservice.all iot.paymentservice.all iot.payment.all;${ORDERS_ONLY}=iot.paymentservice.order.get` },
});

async function gql(query: string, variables: Record<string, unknown>, key: string): Promise<GraphQLResult> {
  const response = await harness().post({ query, variables }, { 'x-api-key': key });
  return (await response.json()) as GraphQLResult;
}

describe('Order.merchant and Order.card under a narrower key', () => {
  it('answers the orders and refuses the links the key lacks the scopes of, without reading them', async () => {
    const card = harness().simulators.fleet.cards.find((c) => c.carrier === 'CHINA_TELECOM' && c.inShingsou && c.activatedAt !== null);
    if (!card) throw new Error('fleet without an active Telecom card');
    const paid = await gql(`mutation ($input: CreateMerchantPaymentInput!) { createMerchantPayment(input: $input) { orderNo } }`, {
      input: { provider: 'ALIPAY', merchantId: 'M-ALI-0001', channel: 'SCAN_PAY', outTradeNo: `S${Date.now()}`, amount: 2410, subject: '流量充值 3GB', card: card.iccid, package: 12 },
    }, PAYER);
    expect(paid.errors).toBeUndefined();
    await harness().resetStats();

    const result = await gql(`query ($card: String!) { orders(first: 5, filter: { card: $card }) { edges { node { orderNo merchantId merchant { name } card { iccid } } } } }`, { card: card.iccid }, ORDERS_ONLY);
    const rows = (result.data as { orders: { edges: { node: { merchantId: string | null; merchant: unknown; card: unknown } }[] } }).orders.edges.map((e) => e.node);
    expect(rows.some((row) => row.merchantId === 'M-ALI-0001')).toBe(true);
    for (const row of rows) expect([row.merchant, row.card]).toEqual([null, null]);
    const codes = new Set((result.errors ?? []).map((error) => error.extensions?.['code']));
    expect(codes).toEqual(new Set(['FORBIDDEN']));
    const paths = (result.errors ?? []).map((error) => error.path?.[error.path.length - 1]);
    expect(paths).toContain('merchant');
    expect(paths).toContain('card');
    const routes = dataRoutes(await harness().stats('shingsou'));
    expect(Object.fromEntries(Object.entries(routes).map(([route, stats]) => [route, stats.calls]))).toEqual({ 'order-get': 1 });
  });
});
