import { describe, expect, it } from '@jest/globals';
import { dataRoutes, type GraphQLResult, type Harness, useHarness } from '../support/gateway';

/**
 * One answer for "no such thing": NOT_FOUND, with a message naming what was asked for and the
 * upstream's own code kept beside it, whether the thing is a card, an order, a refund, a
 * merchant, a voucher or a card change job. An id whose form is wrong is BAD_USER_INPUT before
 * any upstream call.
 */

const harness = useHarness({ simulators: { cards: 60 } });

const ORDER_NO = 'SO202401010000000000';

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  message: string;
  upstream: 'shingsou' | 'cmiot';
  upstreamCode: string;
  /** The one upstream route the lookup costs. */
  route: string;
}

const CASES: Case[] = [
  {
    name: 'an order, by merchantPayment',
    query: `{ merchantPayment(provider: ALIPAY, orderNo: "${ORDER_NO}") { orderNo } }`,
    message: `No order ${ORDER_NO} (ALIPAY)`,
    upstream: 'shingsou',
    upstreamCode: '21001',
    route: 'alipay-query',
  },
  {
    name: 'an order, by outTradeNo and merchant',
    query: `{ merchantPayment(provider: WECHAT_PAY, outTradeNo: "NOPE1", merchantId: "M-WX-0001") { orderNo } }`,
    message: 'No order with outTradeNo NOPE1 of WECHAT_PAY merchant M-WX-0001',
    upstream: 'shingsou',
    upstreamCode: '21001',
    route: 'wechatpay-query',
  },
  {
    name: 'an order to refund',
    query: `mutation { refundOrder(orderNo: "${ORDER_NO}", provider: WECHAT_PAY, amountFen: 100, refundNo: "RFNF1") { refundNo } }`,
    message: `No order ${ORDER_NO} (WECHAT_PAY)`,
    upstream: 'shingsou',
    upstreamCode: '21001',
    route: 'wechatpay-refund',
  },
  {
    name: 'an order to close',
    query: `mutation { closeOrder(orderNo: "${ORDER_NO}", provider: ALIPAY) { status } }`,
    message: `No order ${ORDER_NO} (ALIPAY)`,
    upstream: 'shingsou',
    upstreamCode: '21001',
    route: 'alipay-close',
  },
  {
    name: 'an order to cancel',
    query: `mutation { cancelOrder(orderNo: "${ORDER_NO}", provider: ALIPAY) { status } }`,
    message: `No order ${ORDER_NO} (ALIPAY)`,
    upstream: 'shingsou',
    upstreamCode: '21001',
    route: 'alipay-cancel',
  },
  {
    name: 'a refund',
    query: `{ refund(provider: ALIPAY, refundNo: "RF-NOPE") { refundNo } }`,
    message: 'No refund RF-NOPE (ALIPAY)',
    upstream: 'shingsou',
    upstreamCode: '21001',
    route: 'alipay-refundquery',
  },
  {
    name: 'a merchant to update',
    query: `mutation { updateMerchant(input: { id: "M-ALI-9999", provider: ALIPAY, name: "x" }) { id } }`,
    message: 'No ALIPAY merchant M-ALI-9999',
    upstream: 'shingsou',
    upstreamCode: '22001',
    route: 'alipay-putmerchant',
  },
  {
    name: 'a merchant to delete',
    query: `mutation { deleteMerchant(id: "M-WX-9999", provider: WECHAT_PAY) }`,
    message: 'No WECHAT_PAY merchant M-WX-9999',
    upstream: 'shingsou',
    upstreamCode: '22001',
    route: 'wechatpay-deletemerchant',
  },
  {
    name: 'a merchant to pay through',
    query: `mutation { createMerchantPayment(input: { provider: WECHAT_PAY, merchantId: "M-WX-9999", channel: SCAN_PAY, amount: 100, subject: "s" }) { orderNo } }`,
    message: 'No WECHAT_PAY merchant M-WX-9999',
    upstream: 'shingsou',
    upstreamCode: '22001',
    route: 'wechatpay-scanpay',
  },
  {
    name: 'a voucher to transfer',
    query: `mutation { transferVouchers(ids: ["DC999998"], consignee: "agent-002") { count } }`,
    message: 'No voucher DC999998',
    upstream: 'shingsou',
    upstreamCode: '404',
    route: 'datacard-transfer',
  },
  {
    name: 'a card change job',
    query: `{ cardChangeJob(id: "JOB-NOPE-1") { id status done results { requested } } }`,
    message: 'No card change job JOB-NOPE-1: CMIOT does not know it, or no longer keeps it',
    upstream: 'cmiot',
    upstreamCode: '11000',
    route: 'v5/query/sim-batch-result',
  },
];

async function routesCalled(h: Harness): Promise<Record<string, number>> {
  const both = { ...dataRoutes(await h.stats('shingsou')), ...dataRoutes(await h.stats('cmiot')) };
  return Object.fromEntries(Object.entries(both).map(([route, stats]) => [route, stats.calls]));
}

function only(result: GraphQLResult) {
  expect(result.errors).toHaveLength(1);
  return result.errors?.[0];
}

describe('NOT_FOUND', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('names %s, with the upstream code beside it, after one upstream call', async (_name, c) => {
    const result = await harness().gql(c.query, c.variables);
    const error = only(result);
    expect(error?.message).toBe(c.message);
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: c.upstream, upstreamCode: c.upstreamCode, retryable: false });
    expect(Object.values(result.data ?? {})).toEqual([null]);
    expect(await routesCalled(harness())).toEqual({ [c.route]: 1 });
  });

  it('answers an unknown card the same way, from the inventory lookup', async () => {
    const error = only(await harness().gql(`{ card(iccid: "89860399999999999999") { iccid } }`));
    expect(error).toMatchObject({ message: 'No card 89860399999999999999 in the inventory', extensions: { code: 'NOT_FOUND' } });
  });

  it('keeps the idempotency key on a keyed write that found nothing', async () => {
    const result = await harness().gql(`mutation { refundOrder(orderNo: "${ORDER_NO}", provider: ALIPAY, amountFen: 100, refundNo: "RFNF2") { refundNo } }`);
    expect(only(result)?.extensions).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '21001', idempotencyKey: 'RFNF2', idempotencyKeyArgument: 'refundNo' });
  });

  it('names several vouchers when one of them is unknown, and moves none', async () => {
    const result = await harness().gql(`mutation { transferVouchers(ids: ["DC999997", "DC999996"], consignee: "agent-002") { count } }`);
    expect(only(result)).toMatchObject({ message: 'No voucher among DC999997, DC999996; nothing was moved', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('ids of the wrong form', () => {
  it.each([
    ['an order number', `{ merchantPayment(provider: ALIPAY, orderNo: "SO 1") { orderNo } }`, 'orderNo'],
    ['an order number to refund', `mutation { refundOrder(orderNo: "SO/1", provider: ALIPAY, amountFen: 1) { refundNo } }`, 'orderNo'],
    ['an order number to close', `mutation { closeOrder(orderNo: "", provider: ALIPAY) { status } }`, 'orderNo'],
    ['a refund number', `{ refund(provider: ALIPAY, refundNo: "RF:1") { refundNo } }`, 'refundNo'],
    ['a merchant id', `mutation { deleteMerchant(id: "M ALI", provider: ALIPAY) }`, 'id'],
    ['a merchant id to pay through', `mutation { createMerchantPayment(input: { provider: ALIPAY, merchantId: "M/1", channel: SCAN_PAY, amount: 1, subject: "s" }) { orderNo } }`, 'input.merchantId'],
    ['a voucher id', `mutation { transferVouchers(ids: ["DC 1"], consignee: "agent-002") { count } }`, 'ids[0]'],
    ['a card change job id', `{ cardChangeJob(id: "job/1") { id } }`, 'id'],
    ['a card', `{ card(iccid: "1234") { iccid } }`, 'iccid'],
  ])('refuses %s as BAD_USER_INPUT before any upstream call', async (_name, query, argument) => {
    const error = only(await harness().gql(query));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await routesCalled(harness())).toEqual({});
  });
});
