import { describe, expect, it } from '@jest/globals';
import { dataRoutes, type GraphQLResult, type Harness, startHarness, useHarness } from '../../support/gateway';
import { cardOf, errorOf } from './orders-support';

/**
 * Payment gateway v2 with a merchant (`shingsou.md` §4.3, §6.4): the pay actions through
 * `createMerchantPayment`, and v2 `Query` / `RefundQuery` through `merchantPayment` / `refund`.
 */

const PAY = `mutation ($input: CreateMerchantPaymentInput!) {
  createMerchantPayment(input: $input) {
    orderNo outTradeNo merchantId status amount { fen formatted } payMethod { provider channel }
    payUrl qrCode jsapiParams { appId package } appParams { orderString appId partnerId prepayId }
  }
}`;
const QUERY = `query ($provider: PaymentProvider!, $orderNo: String, $outTradeNo: String, $merchantId: String) {
  merchantPayment(provider: $provider, orderNo: $orderNo, outTradeNo: $outTradeNo, merchantId: $merchantId) {
    orderNo outTradeNo merchantId status amount { fen } transactionId paidAt refundedAmount { fen }
  }
}`;
const REFUND_QUERY = `query ($provider: PaymentProvider!, $refundNo: String!) { refund(provider: $provider, refundNo: $refundNo) { refundNo orderNo amount { fen } status refundedAt } }`;

type Payment = {
  orderNo: string;
  outTradeNo: string;
  status: string;
  payUrl: string | null;
  qrCode: string | null;
  jsapiParams: unknown;
  appParams: Record<string, string | null> | null;
};

const ALIPAY = { provider: 'ALIPAY', merchantId: 'M-ALI-0001' };
const WECHAT = { provider: 'WECHAT_PAY', merchantId: 'M-WX-0001' };
const unique = () => `T${Date.now()}${Math.floor(Math.random() * 1e6)}`;

const harness = useHarness({ simulators: { cards: 60 } });

const paymentOf = (result: GraphQLResult) => (result.data as { createMerchantPayment: Payment | null } | null)?.createMerchantPayment ?? null;

describe('createMerchantPayment', () => {
  it('makes one pay call, and a repeated outTradeNo returns the same order', async () => {
    const input = { ...ALIPAY, channel: 'SCAN_PAY', outTradeNo: unique(), amount: 1999, subject: '测试商品' };
    const first = await harness().gql(PAY, { input });
    expect(first.errors).toBeUndefined();
    expect(paymentOf(first)).toMatchObject({
      outTradeNo: input.outTradeNo,
      merchantId: 'M-ALI-0001',
      status: 'UNPAID',
      amount: { fen: 1999, formatted: '¥19.99' },
      payMethod: { provider: 'ALIPAY', channel: 'ALIPAY_SCAN' },
      qrCode: expect.any(String),
      payUrl: null,
    });
    expect(await harness().calls('shingsou', 'alipay-scanpay')).toBe(1);
    const again = await harness().gql(PAY, { input });
    expect(paymentOf(again)?.orderNo).toBe(paymentOf(first)?.orderNo);
    expect(await harness().calls('shingsou', 'alipay-scanpay')).toBe(2);
  });

  it('generates an outTradeNo when absent, and hands over what each action needs', async () => {
    const app = paymentOf(await harness().gql(PAY, { input: { ...WECHAT, channel: 'APP_PAY', amount: 100, subject: 'app' } }));
    expect(app?.outTradeNo).toMatch(/^MP[0-9a-f]{32}$/);
    expect(app?.appParams).toMatchObject({ appId: 'wx1234567890abcdef', partnerId: '1900000109', prepayId: expect.any(String), orderString: null });
    const jsapi = paymentOf(await harness().gql(PAY, { input: { ...WECHAT, channel: 'PUBLIC_PAY', amount: 100, subject: 'jsapi', openId: 'o-payer-1' } }));
    expect(jsapi?.jsapiParams).toMatchObject({ appId: 'wx1234567890abcdef', package: expect.stringMatching(/^prepay_id=/) });
    const web = paymentOf(await harness().gql(PAY, { input: { ...ALIPAY, channel: 'WEB_PAY', amount: 100, subject: 'web' } }));
    expect(web?.payUrl).toEqual(expect.any(String));
    expect(await harness().calls('shingsou', 'wechatpay-apppay')).toBe(1);
    expect(await harness().calls('shingsou', 'wechatpay-publicpay')).toBe(1);
    expect(await harness().calls('shingsou', 'alipay-webpay')).toBe(1);
  });

  it('answers PAID at once for BARCODE_PAY, and a recharge order appears in orders', async () => {
    const iccid = await cardOf(harness(), 'CHINA_TELECOM');
    await harness().resetStats();
    const input = { ...WECHAT, channel: 'BARCODE_PAY', amount: 2410, subject: '流量充值 3GB', card: iccid, package: 12, authCode: '134567890123456789' };
    const result = await harness().gql(PAY, { input });
    expect(result.errors).toBeUndefined();
    const paid = paymentOf(result);
    expect(paid).toMatchObject({ status: 'PAID', payMethod: { channel: 'WECHAT_MICROPAY' }, payUrl: null, qrCode: null });
    expect(await harness().calls('shingsou', 'wechatpay-barcodepay')).toBe(1);
    const orders = await harness().gql(`query ($card: String) { orders(first: 20, filter: { card: $card }) { edges { node { orderNo status } } } }`, { card: iccid });
    const edges = (orders.data as { orders: { edges: { node: { orderNo: string; status: string } }[] } }).orders.edges;
    expect(edges.map((e) => e.node)).toContainEqual({ orderNo: paid?.orderNo, status: 'PAID' });
  });

  it.each([
    ['input.amount', { ...ALIPAY, channel: 'WAP_PAY', amount: 0, subject: 's' }],
    ['input.amount', { ...ALIPAY, channel: 'WAP_PAY', amount: 10_000_001, subject: 's' }],
    ['input.openId', { ...WECHAT, channel: 'APPLET_PAY', amount: 100, subject: 's' }],
    ['input.authCode', { ...ALIPAY, channel: 'BARCODE_PAY', amount: 100, subject: 's' }],
    ['input.package', { ...WECHAT, channel: 'SCAN_PAY', amount: 100, subject: 's', card: '89860312345678901234' }],
    ['input.card', { ...WECHAT, channel: 'SCAN_PAY', amount: 100, subject: 's', package: 12 }],
    ['input.card', { ...WECHAT, channel: 'SCAN_PAY', amount: 2410, subject: 's', card: '8986-not-a-card', package: 12 }],
    ['input.channel', { ...WECHAT, channel: 'WEB_PAY', amount: 100, subject: 's' }],
    ['input.outTradeNo', { ...ALIPAY, channel: 'WAP_PAY', amount: 100, subject: 's', outTradeNo: 'has space' }],
  ])('refuses bad input (%s) with no upstream call', async (argument, input) => {
    const result = await harness().gql(PAY, { input });
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(Object.keys(dataRoutes(await harness().stats('shingsou')))).toEqual([]);
  });
});

describe('merchantPayment and refund', () => {
  it('reads an order by orderNo and by outTradeNo with merchantId, and a refund by refundNo', async () => {
    const outTradeNo = unique();
    const paid = paymentOf(await harness().gql(PAY, { input: { ...ALIPAY, channel: 'BARCODE_PAY', outTradeNo, amount: 500, subject: 'bar', authCode: '281234567890' } }));
    const refundNo = `RF${outTradeNo}`;
    const refunded = await harness().gql(`mutation ($o: String!, $r: String!) { refundOrder(orderNo: $o, provider: ALIPAY, amountFen: 200, refundNo: $r) { refundNo } }`, {
      o: paid?.orderNo,
      r: refundNo,
    });
    expect(refunded.errors).toBeUndefined();
    await harness().resetStats();

    const byNo = await harness().gql(QUERY, { provider: 'ALIPAY', orderNo: paid?.orderNo });
    const byKey = await harness().gql(QUERY, { provider: 'ALIPAY', outTradeNo, merchantId: 'M-ALI-0001' });
    expect(byNo.errors).toBeUndefined();
    const expected = { orderNo: paid?.orderNo, outTradeNo, merchantId: 'M-ALI-0001', status: 'PARTIALLY_REFUNDED', amount: { fen: 500 }, refundedAmount: { fen: 200 } };
    expect((byNo.data as { merchantPayment: unknown }).merchantPayment).toMatchObject({ ...expected, transactionId: expect.any(String), paidAt: expect.any(String) });
    expect((byKey.data as { merchantPayment: unknown }).merchantPayment).toMatchObject(expected);
    expect(await harness().calls('shingsou', 'alipay-query')).toBe(2);

    const refund = await harness().gql(REFUND_QUERY, { provider: 'ALIPAY', refundNo });
    expect(refund.errors).toBeUndefined();
    expect((refund.data as { refund: unknown }).refund).toMatchObject({ refundNo, orderNo: paid?.orderNo, amount: { fen: 200 }, status: 'SUCCESS' });
    expect(await harness().calls('shingsou', 'alipay-refundquery')).toBe(1);
  });

  it.each([
    ['orderNo', QUERY, { provider: 'ALIPAY' }],
    ['merchantId', QUERY, { provider: 'ALIPAY', outTradeNo: 'abc' }],
    ['orderNo', QUERY, { provider: 'ALIPAY', orderNo: 'a b' }],
    ['refundNo', REFUND_QUERY, { provider: 'WECHAT_PAY', refundNo: '' }],
  ])('refuses bad input (%s) with no upstream call', async (argument, query, variables) => {
    const result = await harness().gql(query, variables);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(Object.keys(dataRoutes(await harness().stats('shingsou')))).toEqual([]);
  });
});

describe('scopes depend on the provider and the action', () => {
  it('refuses a key without iot.payment.wechatpay.scanpay with FORBIDDEN, before any upstream call', async () => {
    const key = 'alipay-scanpay-key-0123456789';
    const scoped = await startHarness({ shareSimulatorsWith: harness(), env: { API_KEYS: `${key}=iot.payment.alipay.scanpay` } });
    try {
      const post = async (provider: string, merchantId: string) => {
        const response = await fetch(scoped.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ query: PAY, variables: { input: { provider, merchantId, channel: 'SCAN_PAY', amount: 100, subject: 's' } } }),
        });
        return (await response.json()) as GraphQLResult;
      };
      expect(errorOf(await post('WECHAT_PAY', 'M-WX-0001'))).toMatchObject({ code: 'FORBIDDEN', scope: 'iot.payment.wechatpay.scanpay' });
      expect(await scoped.calls('shingsou', 'wechatpay-scanpay')).toBe(0);
      expect((await post('ALIPAY', 'M-ALI-0001')).errors).toBeUndefined();
      expect(await scoped.calls('shingsou', 'alipay-scanpay')).toBe(1);
    } finally {
      await scoped.close();
    }
  });
});

/** A fresh gateway per failure, so one test's failures do not open another's circuit breaker. */
async function withOutage<T>(route: string, run: (fresh: Harness) => Promise<T>): Promise<T> {
  const fresh = await startHarness({ shareSimulatorsWith: harness() });
  try {
    await fresh.knobs('shingsou', { outage: { all: false, routes: [route] } });
    return await run(fresh);
  } finally {
    await fresh.knobs('shingsou', { outage: { all: false, routes: [] } });
    await fresh.close();
  }
}

describe('upstream failures', () => {
  it('createMerchantPayment: an unknown merchant (22001) is NOT_FOUND, sent once', async () => {
    const unknown = await harness().gql(PAY, { input: { ...ALIPAY, merchantId: 'M-ALI-9999', channel: 'WAP_PAY', amount: 100, subject: 's' } });
    expect(paymentOf(unknown)).toBeNull();
    expect(unknown.errors?.[0]?.message).toBe('No ALIPAY merchant M-ALI-9999');
    expect(errorOf(unknown)).toMatchObject({ code: 'NOT_FOUND', upstream: 'shingsou', upstreamCode: '22001', upstreamMessage: '商户不存在' });
    expect(await harness().calls('shingsou', 'alipay-wappay')).toBe(1);
  });

  it('createMerchantPayment: an outage is retried with the same outTradeNo, then UPSTREAM_OUTCOME_UNKNOWN with the key; the key then makes one order', async () => {
    const outTradeNo = unique();
    const input = { ...WECHAT, channel: 'SCAN_PAY', outTradeNo, amount: 100, subject: 's' };
    await withOutage('wechatpay-scanpay', async (fresh) => {
      const down = await fresh.gql(PAY, { input });
      expect(paymentOf(down)).toBeNull();
      // A 5xx to a write may come after the backend acted: outcome unknown, retryable with the key.
      expect(errorOf(down)).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: 'shingsou', upstreamCode: '503', retryable: true, idempotencyKey: outTradeNo });
      // Resent only because outTradeNo travels in the body (§3, §8.7).
      expect(await fresh.calls('shingsou', 'wechatpay-scanpay')).toBe(3);
    });
    const first = paymentOf(await harness().gql(PAY, { input }));
    const second = paymentOf(await harness().gql(PAY, { input }));
    expect(first).toMatchObject({ outTradeNo, status: 'UNPAID' });
    expect(second?.orderNo).toBe(first?.orderNo);
  });

  it.each([
    ['merchantPayment', 'wechatpay-query', `{ merchantPayment(provider: WECHAT_PAY, orderNo: "SO1") { orderNo } upstreamErrorCodes(table: ORDER) { code } }`],
    ['refund', 'wechatpay-refundquery', `{ refund(provider: WECHAT_PAY, refundNo: "RF1") { refundNo } upstreamErrorCodes(table: ORDER) { code } }`],
  ])('%s fails alone with UPSTREAM_UNAVAILABLE after 3 tries', async (field, route, query) => {
    await withOutage(route, async (fresh) => {
      const result = await fresh.gql(query);
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.path).toEqual([field]);
      expect(errorOf(result)).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'shingsou', upstreamCode: '503' });
      expect((result.data as Record<string, unknown>)['upstreamErrorCodes']).toEqual(expect.arrayContaining([expect.objectContaining({ code: 21001 })]));
      expect(await fresh.calls('shingsou', route)).toBe(3);
    });
  });
});
