import { beforeAll, describe, expect, it } from '@jest/globals';
import { useHarness } from '../../support/gateway';
import { cardOf, errorOf, newOrder, paidOrder } from './orders-support';

/** Refund, close and cancel through the v2 order actions (`shingsou.md` §6.4), with their refusals. */

const REFUND = `mutation ($orderNo: String!, $provider: PaymentProvider!, $amountFen: Int!, $refundNo: String) {
  refundOrder(orderNo: $orderNo, provider: $provider, amountFen: $amountFen, refundNo: $refundNo) { refundNo orderNo amount { fen formatted } status refundedAt }
}`;
const CLOSE = `mutation ($orderNo: String!, $provider: PaymentProvider!) { closeOrder(orderNo: $orderNo, provider: $provider) { orderNo status } }`;
const CANCEL = `mutation ($orderNo: String!, $provider: PaymentProvider!) { cancelOrder(orderNo: $orderNo, provider: $provider) { orderNo status } }`;

let iccid: string;

const harness = useHarness({}, { resetStats: false });
beforeAll(async () => {
  iccid = await cardOf(harness(), 'CHINA_TELECOM');
});

async function readOrder(orderNo: string) {
  const result = await harness().gql(
    `query ($card: String) { orders(first: 20, filter: { card: $card }) { edges { node { orderNo status refunds { refundedAmount { fen } refundableAmount { fen } } } } } }`,
    { card: iccid },
  );
  const edges = (result.data as { orders: { edges: { node: { orderNo: string; status: string; refunds: unknown } }[] } }).orders.edges;
  return edges.find((e) => e.node.orderNo === orderNo)?.node;
}

describe('refundOrder', () => {
  it('refunds part of a paid order, once per refundNo, and refuses more than is refundable with 21003', async () => {
    const orderNo = await paidOrder(harness(), iccid);
    await harness().resetStats();
    const first = await harness().gql(REFUND, { orderNo, provider: 'WECHAT_PAY', amountFen: 1000, refundNo: 'RF-test-0001' });
    expect(first.errors).toBeUndefined();
    expect((first.data as { refundOrder: unknown }).refundOrder).toMatchObject({
      refundNo: 'RF-test-0001',
      orderNo,
      amount: { fen: 1000, formatted: '¥10.00' },
      status: 'SUCCESS',
      refundedAt: expect.any(String),
    });
    const again = await harness().gql(REFUND, { orderNo, provider: 'WECHAT_PAY', amountFen: 1000, refundNo: 'RF-test-0001' });
    expect(again.errors).toBeUndefined();
    expect(await readOrder(orderNo)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunds: { refundedAmount: { fen: 1000 }, refundableAmount: { fen: 1410 } } });

    const tooMuch = await harness().gql(REFUND, { orderNo, provider: 'WECHAT_PAY', amountFen: 2000 });
    expect((tooMuch.data as { refundOrder: unknown }).refundOrder).toBeNull();
    expect(errorOf(tooMuch)).toMatchObject({ code: 'UPSTREAM_REJECTED', upstream: 'shingsou', upstreamCode: '21003', upstreamMessage: '退款金额超过可退金额' });
    // A refusal is an answer, not a failure: sent once each, never retried.
    expect(await harness().calls('shingsou', 'wechatpay-refund')).toBe(3);
  });

  it('refuses to refund an unpaid order with 21002', async () => {
    const { orderNo } = await newOrder(harness(), iccid, 'ALIPAY_PC');
    await harness().resetStats();
    const result = await harness().gql(REFUND, { orderNo, provider: 'ALIPAY', amountFen: 100 });
    expect(errorOf(result)).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '21002', upstreamMessage: '订单状态不允许该操作' });
    expect(await harness().calls('shingsou', 'alipay-refund')).toBe(1);
  });

  it('sends the order to its own provider: an Alipay order is unknown to WeChat Pay (21001, NOT_FOUND)', async () => {
    const orderNo = await paidOrder(harness(), iccid, 'ALIPAY_WAP');
    const result = await harness().gql(REFUND, { orderNo, provider: 'WECHAT_PAY', amountFen: 100 });
    expect(result.errors?.[0]?.message).toBe(`No order ${orderNo} (WECHAT_PAY)`);
    expect(errorOf(result)).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '21001', upstreamMessage: '订单不存在' });
    const right = await harness().gql(REFUND, { orderNo, provider: 'ALIPAY', amountFen: 2410 });
    expect(right.errors).toBeUndefined();
    expect(await readOrder(orderNo)).toMatchObject({ status: 'REFUNDED', refunds: { refundableAmount: { fen: 0 } } });
  });
});

describe('closeOrder and cancelOrder', () => {
  it('closes an unpaid order, then refuses to close it or pay it again', async () => {
    const { orderNo, payTarget } = await newOrder(harness(), iccid, 'ALIPAY_SCAN');
    await harness().resetStats();
    const closed = await harness().gql(CLOSE, { orderNo, provider: 'ALIPAY' });
    expect(closed.errors).toBeUndefined();
    expect((closed.data as { closeOrder: unknown }).closeOrder).toEqual({ orderNo, status: 'CLOSED' });
    const twice = await harness().gql(CLOSE, { orderNo, provider: 'ALIPAY' });
    expect(errorOf(twice)).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '21002' });
    expect(await harness().calls('shingsou', 'alipay-close')).toBe(2);
    expect((await fetch(payTarget)).status).toBe(422);
    expect(await readOrder(orderNo)).toMatchObject({ status: 'CLOSED' });
  });

  it('refuses to close a paid order with 21002', async () => {
    const orderNo = await paidOrder(harness(), iccid);
    const result = await harness().gql(CLOSE, { orderNo, provider: 'WECHAT_PAY' });
    expect((result.data as { closeOrder: unknown }).closeOrder).toBeNull();
    expect(errorOf(result)).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '21002' });
  });

  it('cancels a paid order into a full refund, and an unpaid one into CLOSED', async () => {
    const paid = await paidOrder(harness(), iccid);
    const unpaid = (await newOrder(harness(), iccid)).orderNo;
    const a = await harness().gql(CANCEL, { orderNo: paid, provider: 'WECHAT_PAY' });
    const b = await harness().gql(CANCEL, { orderNo: unpaid, provider: 'WECHAT_PAY' });
    expect((a.data as { cancelOrder: unknown }).cancelOrder).toEqual({ orderNo: paid, status: 'REFUNDED' });
    expect((b.data as { cancelOrder: unknown }).cancelOrder).toEqual({ orderNo: unpaid, status: 'CLOSED' });
    const closedAgain = await harness().gql(CANCEL, { orderNo: unpaid, provider: 'WECHAT_PAY' });
    expect(errorOf(closedAgain)).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '21002' });
  });
});
