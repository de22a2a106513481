import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SimOrder } from '../../../src/simulators/fleet/catalog-types';
import { type GraphQLResult, type Harness, startHarness, useHarness } from '../../support/gateway';
import { cardOf, paidOrder } from '../payments/orders-support';

/**
 * Issue 9 item 6: a payment write whose upstream answer never arrives (the simulator's latency
 * knob above SHINGSOU_TIMEOUT_MS) says UPSTREAM_OUTCOME_UNKNOWN with the idempotency key it used,
 * generated when the client gave none; the client sends the mutation again with that key once the
 * upstream is fast again, and the simulator's own state holds exactly one order (or refund).
 */

const TIMEOUT_MS = 300;
const SLOW = { baseMs: 1_000, jitterMs: 0 };

let telecomIccid: string;

const harness = useHarness({ simulators: { cards: 80 }, env: { SHINGSOU_TIMEOUT_MS: String(TIMEOUT_MS) } });
beforeAll(async () => {
  telecomIccid = await cardOf(harness(), 'CHINA_TELECOM');
});

function errorOf(result: GraphQLResult, field: string): Record<string, unknown> {
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.path).toEqual([field]);
  expect((result.data as Record<string, unknown> | null)?.[field] ?? null).toBeNull();
  return result.errors?.[0]?.extensions ?? {};
}

/** Runs `run` while one Shingsou route answers later than the gateway waits. */
async function whileSlow<T>(route: string, run: () => Promise<T>): Promise<T> {
  await harness().knobs('shingsou', { latency: { [route]: SLOW } });
  try {
    return await run();
  } finally {
    await harness().knobs('shingsou', { latency: { [route]: { baseMs: 0, jitterMs: 0 } } });
  }
}

/** Waits until the simulator has acted on the slow request the gateway gave up on. */
async function until<T>(what: string, read: () => T | undefined): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`the simulator never did: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const orders = (match: (order: SimOrder) => boolean): SimOrder[] => harness().simulators.fleet.orders.filter(match);

const CREATE = `mutation ($card: String!, $clientOrderNo: String) {
  createRechargeOrder(card: $card, package: 12, payMethod: ALIPAY_WAP, clientOrderNo: $clientOrderNo) { orderNo clientOrderNo status }
}`;

describe('createRechargeOrder', () => {
  it('after a timeout, answers UPSTREAM_OUTCOME_UNKNOWN with the generated clientOrderNo; a retry with it creates no second order', async () => {
    const failed = await whileSlow('payment-post', () => harness().gql(CREATE, { card: telecomIccid }));
    const extensions = errorOf(failed, 'createRechargeOrder');
    expect(extensions).toMatchObject({
      code: 'UPSTREAM_OUTCOME_UNKNOWN',
      upstream: 'shingsou',
      retryable: true,
      idempotencyKey: expect.stringMatching(/^SG[0-9a-f]{32}$/),
      idempotencyKeyArgument: 'clientOrderNo',
    });
    const key = String(extensions['idempotencyKey']);
    expect(failed.errors?.[0]?.message).toContain(key);

    // The slow request was not lost: the simulator created the order after the gateway gave up.
    const first = await until('create the order', () => orders((o) => o.clientOrderNo === key)[0]);
    const retried = await harness().gql(CREATE, { card: telecomIccid, clientOrderNo: key });
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual({ createRechargeOrder: { orderNo: first.orderNo, clientOrderNo: key, status: 'UNPAID' } });
    expect(orders((o) => o.clientOrderNo === key)).toHaveLength(1);
  });

  it('keeps a given clientOrderNo in every error, bad input included', async () => {
    const given = 'page-7f3a-0001';
    const refused = await harness().gql(`mutation ($key: String) { createRechargeOrder(card: "89860302617838400121", package: 999999, payMethod: ALIPAY_WAP, clientOrderNo: $key) { orderNo } }`, { key: given });
    expect(errorOf(refused, 'createRechargeOrder')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'package', idempotencyKey: given, idempotencyKeyArgument: 'clientOrderNo' });
    // A hostile argument too (input hygiene, issue 9 item 11), given key or generated.
    const hostile = `mutation ($key: String) { createRechargeOrder(card: "89860302617838400121", package: 12, payMethod: WECHAT_JSAPI, openId: "o6_\u202Egnp", clientOrderNo: $key) { orderNo } }`;
    expect(errorOf(await harness().gql(hostile, { key: given }), 'createRechargeOrder')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'openId', idempotencyKey: given });
    expect(errorOf(await harness().gql(hostile, {}), 'createRechargeOrder')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'openId', idempotencyKey: expect.stringMatching(/^SG/) });
    expect(await harness().calls('shingsou', 'payment-post')).toBe(0);
  });

  it('refuses a malformed clientOrderNo before any call, without offering it as a key', async () => {
    const refused = await harness().gql(CREATE, { card: telecomIccid, clientOrderNo: 'no spaces allowed' });
    const extensions = errorOf(refused, 'createRechargeOrder');
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'clientOrderNo' });
    expect(extensions['idempotencyKey']).toBeUndefined();
    expect(await harness().calls('shingsou', 'payment-post')).toBe(0);
  });
});

describe('refundOrder', () => {
  it('after a timeout, answers UPSTREAM_OUTCOME_UNKNOWN with the generated refundNo; a retry with it refunds once', async () => {
    const orderNo = await paidOrder(harness(), telecomIccid);
    const REFUND = `mutation ($orderNo: String!, $refundNo: String) {
      refundOrder(orderNo: $orderNo, provider: WECHAT_PAY, amountFen: 100, refundNo: $refundNo) { refundNo orderNo amount { fen } }
    }`;
    const failed = await whileSlow('wechatpay-refund', () => harness().gql(REFUND, { orderNo }));
    const extensions = errorOf(failed, 'refundOrder');
    expect(extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', retryable: true, idempotencyKey: expect.stringMatching(/^RF[0-9a-f]{32}$/), idempotencyKeyArgument: 'refundNo' });
    const key = String(extensions['idempotencyKey']);

    const order = harness().simulators.fleet.ordersByNo.get(orderNo);
    if (!order) throw new Error(`no order ${orderNo} in the simulator`);
    await until('refund the order', () => order.refunds.find((r) => r.refundNo === key));
    const retried = await harness().gql(REFUND, { orderNo, refundNo: key });
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual({ refundOrder: { refundNo: key, orderNo, amount: { fen: 100 } } });
    expect(order.refunds.filter((r) => r.refundNo === key)).toHaveLength(1);
    expect(order.refundedAmount).toBe(100);
  });
});

describe('createMerchantPayment', () => {
  it('after a timeout, answers UPSTREAM_OUTCOME_UNKNOWN with the generated outTradeNo; a retry with it creates no second order', async () => {
    const PAY = `mutation ($outTradeNo: String) {
      createMerchantPayment(input: { provider: ALIPAY, channel: WAP_PAY, merchantId: "M-ALI-0001", amount: 2410, subject: "流量充值 3GB", outTradeNo: $outTradeNo }) {
        orderNo outTradeNo status
      }
    }`;
    const failed = await whileSlow('alipay-wappay', () => harness().gql(PAY, {}));
    const extensions = errorOf(failed, 'createMerchantPayment');
    expect(extensions).toMatchObject({
      code: 'UPSTREAM_OUTCOME_UNKNOWN',
      retryable: true,
      idempotencyKey: expect.stringMatching(/^MP[0-9a-f]{32}$/),
      idempotencyKeyArgument: 'input.outTradeNo',
    });
    const key = String(extensions['idempotencyKey']);

    const first = await until('create the order', () => orders((o) => o.outTradeNo === key)[0]);
    const retried = await harness().gql(PAY, { outTradeNo: key });
    expect(retried.errors).toBeUndefined();
    expect(retried.data).toEqual({ createMerchantPayment: { orderNo: first.orderNo, outTradeNo: key, status: 'UNPAID' } });
    expect(orders((o) => o.outTradeNo === key)).toHaveLength(1);
  });
});

describe('writes without an idempotency key', () => {
  it('updateCard after a timeout: UPSTREAM_OUTCOME_UNKNOWN, never retryable, sent once', async () => {
    const failed = await whileSlow('flowcard-put', () => harness().gql(`mutation ($card: String!) { updateCard(input: { card: $card, remark: "timed out" }) { iccid } }`, { card: telecomIccid }));
    const extensions = errorOf(failed, 'updateCard');
    expect(extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: 'shingsou', retryable: false });
    expect(extensions['idempotencyKey']).toBeUndefined();
    expect(failed.errors?.[0]?.message).toMatch(/may or may not/);
    // It was in fact applied, after the gateway stopped waiting: exactly why the outcome is unknown.
    const card = harness().simulators.fleet.cards.find((c) => c.iccid === telecomIccid);
    await until('apply the remark', () => (card?.remark === 'timed out' ? card : undefined));
    expect(await harness().calls('shingsou', 'flowcard-put')).toBe(1);
  });
});

describe("the request's own deadline (REQUEST_TIMEOUT_MS) on a write", () => {
  let short: Harness;
  beforeAll(async () => {
    short = await startHarness({ shareSimulatorsWith: harness(), env: { REQUEST_TIMEOUT_MS: '600' } });
  });
  afterAll(async () => {
    await short.close();
  });

  it('createRechargeOrder: UPSTREAM_OUTCOME_UNKNOWN with the key, and the retry with it finds the one order', async () => {
    await short.gql(`{ packages { id } }`); // the catalogue read, so only the payment waits
    const failed = await whileSlow('payment-post', () => short.gql(CREATE, { card: telecomIccid }));
    const extensions = errorOf(failed, 'createRechargeOrder');
    expect(extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', retryable: true, idempotencyKeyArgument: 'clientOrderNo' });
    const key = String(extensions['idempotencyKey']);
    const first = await until('create the order', () => orders((o) => o.clientOrderNo === key)[0]);
    const retried = await short.gql(CREATE, { card: telecomIccid, clientOrderNo: key });
    expect(retried.data).toEqual({ createRechargeOrder: { orderNo: first.orderNo, clientOrderNo: key, status: 'UNPAID' } });
    expect(orders((o) => o.clientOrderNo === key)).toHaveLength(1);
  });

  it('suspendCards: the card says UNKNOWN, not FAILED', async () => {
    const card = harness().simulators.fleet.cards.find((c) => c.carrier === 'CHINA_TELECOM' && c.state === 'ACTIVE' && c.inShingsou && c.iccid !== telecomIccid);
    if (!card) throw new Error('fleet without an active Telecom card');
    await short.gql(`query ($iccid: String) { card(iccid: $iccid) { iccid } }`, { iccid: card.iccid });
    const result = await whileSlow('flowcard-network', () =>
      short.gql(`mutation ($cards: [String!]!) { suspendCards(cards: $cards) { results { outcome ok error message } } }`, { cards: [card.iccid] }),
    );
    expect(result.data).toEqual({
      suspendCards: { results: [{ outcome: 'UNKNOWN', ok: false, error: 'UPSTREAM_OUTCOME_UNKNOWN', message: expect.stringContaining("read the card's live status") }] },
    });
  });
});
