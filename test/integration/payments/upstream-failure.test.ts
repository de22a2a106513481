import { afterEach, describe, expect, it } from '@jest/globals';
import { startHarness, type GraphQLResult, type Harness } from '../../support/gateway';

/**
 * One upstream route down at a time (simulator `outage` knob, HTTP 503): the field that needs
 * it fails with a coded UPSTREAM_* error, the rest of the response arrives, and the call count
 * shows the retry rule (`shingsou.md` §8.7): reads and writes that carry an idempotency key are
 * retried (3 tries), the others are sent exactly once. A 5xx to a write may come from the API
 * gateway after the backend acted: UPSTREAM_OUTCOME_UNKNOWN, retryable only with a key. A fresh gateway per test keeps one
 * test's failures from opening the circuit breaker for the next.
 */

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function withOutage(route: string): Promise<Harness> {
  harness = await startHarness({ simulators: { cards: 60 } });
  await harness.knobs('shingsou', { outage: { all: false, routes: [route] } });
  return harness;
}

function expectFailure(result: GraphQLResult, path: (string | number)[], expected: Record<string, unknown> = { code: 'UPSTREAM_UNAVAILABLE' }): void {
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.path).toEqual(path);
  expect(result.errors?.[0]?.extensions).toMatchObject({ ...expected, upstream: 'shingsou', upstreamCode: '503' });
}

const UNKNOWN_KEYED = { code: 'UPSTREAM_OUTCOME_UNKNOWN', retryable: true, idempotencyKey: expect.any(String) };
const UNKNOWN = { code: 'UPSTREAM_OUTCOME_UNKNOWN', retryable: false };

const data = (result: GraphQLResult) => result.data as Record<string, unknown>;

describe('queries fail only their own fields', () => {
  it('packageCategories, with packages still answered', async () => {
    const h = await withOutage('product-categories');
    const result = await h.gql(`{ packageCategories { id } packages { id } }`);
    expectFailure(result, ['packageCategories']);
    expect(data(result)['packageCategories']).toBeNull();
    expect((data(result)['packages'] as unknown[]).length).toBeGreaterThan(0);
    expect(await h.calls('shingsou', 'product-categories')).toBe(3);
  });

  it('packages, and a failed catalogue read is not cached', async () => {
    const h = await withOutage('product-get');
    const result = await h.gql(`{ packages { id } packageCategories { id } }`);
    expectFailure(result, ['packages']);
    expect((data(result)['packageCategories'] as unknown[]).length).toBe(4);
    await h.knobs('shingsou', { outage: { all: false, routes: [] } });
    const healed = await h.gql(`{ packages { id } }`);
    expect(healed.errors).toBeUndefined();
    expect(await h.calls('shingsou', 'product-get')).toBe(4);
  });

  it('orders, with orderStatistics still answered', async () => {
    const h = await withOutage('order-get');
    const result = await h.gql(`{ orders(first: 5) { totalCount } orderStatistics { today { count } } }`);
    expectFailure(result, ['orders']);
    expect(data(result)['orders']).toBeNull();
    expect(data(result)['orderStatistics']).toMatchObject({ today: { count: expect.any(Number) } });
    expect(await h.calls('shingsou', 'order-get')).toBe(3);
  });

  it('orderStatistics, with orders still answered', async () => {
    const h = await withOutage('order-statistic');
    const result = await h.gql(`{ orderStatistics { today { count } } orders(first: 5) { totalCount } }`);
    expectFailure(result, ['orderStatistics']);
    expect(data(result)['orders']).toMatchObject({ totalCount: expect.any(Number) });
  });

  it('Card.orders, with the card still answered', async () => {
    const h = await withOutage('order-get');
    const result = await h.gql(`{ card(iccid: "898607B0101790000012") { iccid orders(first: 5) { totalCount } } }`);
    expectFailure(result, ['card', 'orders']);
    expect(data(result)['card']).toEqual({ iccid: '898607B0101790000012', orders: null });
  });
});

describe('mutations', () => {
  it('createRechargeOrder: payment-post is retried, because clientOrderNo makes a resend safe', async () => {
    const h = await withOutage('payment-post');
    const result = await h.gql(`mutation { createRechargeOrder(card: "1440212345678", package: 1, payMethod: ALIPAY_WAP) { orderNo } }`);
    expectFailure(result, ['createRechargeOrder'], UNKNOWN_KEYED);
    expect(await h.calls('shingsou', 'payment-post')).toBe(3);
  });

  it('refundOrder: retried, because refundNo makes a resend safe', async () => {
    const h = await withOutage('wechatpay-refund');
    const result = await h.gql(`mutation { refundOrder(orderNo: "SO202405011020300001", provider: WECHAT_PAY, amountFen: 100) { refundNo } }`);
    expectFailure(result, ['refundOrder'], UNKNOWN_KEYED);
    expect(await h.calls('shingsou', 'wechatpay-refund')).toBe(3);
  });

  it.each([
    ['closeOrder', 'alipay-close', `mutation { closeOrder(orderNo: "SO202405011020300001", provider: ALIPAY) { status } }`],
    ['cancelOrder', 'wechatpay-cancel', `mutation { cancelOrder(orderNo: "SO202405011020300001", provider: WECHAT_PAY) { status } }`],
    ['createMerchant', 'wechatpay-postmerchant', `mutation { createMerchant(input: { provider: WECHAT_PAY, name: "n", appId: "wx1", mchId: "1900000109", apiKey: "k" }) { id } }`],
    ['updateMerchant', 'alipay-putmerchant', `mutation { updateMerchant(input: { id: "M-ALI-0001", provider: ALIPAY, name: "n" }) { id } }`],
    ['deleteMerchant', 'alipay-deletemerchant', `mutation { deleteMerchant(id: "M-ALI-0001", provider: ALIPAY) }`],
    [
      'uploadMerchantCertificate',
      'wechatpay-uploadcert',
      `mutation { uploadMerchantCertificate(input: { merchantId: "M-WX-0001", certificateBase64: "MIIBAA==" }) { certificateName } }`,
    ],
  ])('%s: sent exactly once', async (field, route, mutation) => {
    const h = await withOutage(route);
    const result = await h.gql(mutation);
    expectFailure(result, [field], UNKNOWN);
    expect(await h.calls('shingsou', route)).toBe(1);
  });

  it('merchants (a read): retried', async () => {
    const h = await withOutage('alipay-merchants');
    const result = await h.gql(`{ merchants(provider: ALIPAY) { id } }`);
    expectFailure(result, ['merchants']);
    expect(await h.calls('shingsou', 'alipay-merchants')).toBe(3);
  });
});
