/**
 * Payment-v2 order actions (`shingsou.md` §6.4), both providers: Query, Refund (idempotent on
 * `refundNo`), RefundQuery, Close, Cancel.
 */
import { z } from 'zod';
import type { SimOrder, SimRefund } from '../../fleet/catalog-types';
import { isoShanghai } from '../../shared/time';
import { CODES } from '../codes';
import { business, unprocessable } from '../errors';
import { ok, OpContext, Operation } from '../gateway/operation';
import { v2Scope } from '../scopes';
import { refreshOrder } from './order-lifecycle';
import { ALIPAY, Provider, requireOrder, WECHATPAY } from './v2-provider';

const isoOrNull = (ms: number | null) => (ms === null ? null : isoShanghai(ms));

const queryView = (o: SimOrder) => ({
  orderNo: o.orderNo,
  outTradeNo: o.outTradeNo,
  merchantId: o.merchantId,
  amount: o.amount,
  status: o.status,
  transactionId: o.transactionId,
  paidAt: isoOrNull(o.paidAt),
  refundedAmount: o.refundedAmount,
});

const refundView = (r: SimRefund) => ({
  refundNo: r.refundNo,
  orderNo: r.orderNo,
  refundAmount: r.refundAmount,
  status: 'SUCCESS',
  refundedAt: isoShanghai(r.refundedAt),
});

function refund(ctx: OpContext, order: SimOrder, refundNo: string, amount: number, reason: string | null): SimRefund {
  if (order.status !== 'PAID' && order.status !== 'PARTIALLY_REFUNDED') throw business(CODES.OrderStatusNotAllowed);
  if (amount > order.amount - order.refundedAmount) throw business(CODES.OrderRefundAmountExceeded);
  const record: SimRefund = { refundNo, orderNo: order.orderNo, refundAmount: amount, reason, refundedAt: ctx.now };
  order.refunds.push(record);
  order.refundedAmount += amount;
  order.status = order.refundedAmount === order.amount ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
  return record;
}

function findRefund(ctx: OpContext, p: Provider, refundNo: string): SimRefund | undefined {
  for (const o of ctx.fleet.orders) {
    if (o.owner !== ctx.account || !o.payMethod.startsWith(p.payMethodPrefix)) continue;
    const r = o.refunds.find((x) => x.refundNo === refundNo);
    if (r) return r;
  }
  return undefined;
}

const orderNoBody = z.object({ orderNo: z.string().min(1) });

function orderOps(p: Provider): Operation[] {
  const op = (action: string, method: 'GET' | 'POST', handle: Operation['handle']): Operation => ({
    id: `${p.scopeFamily}-${action.toLowerCase()}`,
    method,
    path: `/paymentv2/${p.segment}/${action}`,
    scope: v2Scope(p.scopeFamily, action),
    handle,
  });
  return [
    op('Query', 'GET', (ctx) => {
      const q = ctx.params(z.object({ orderno: z.string().optional(), outtradeno: z.string().optional(), merchantid: z.string().optional() }));
      let order: SimOrder | undefined;
      if (q.orderno) order = requireOrder(ctx, p, q.orderno);
      else if (q.outtradeno && q.merchantid) {
        const found = ctx.fleet.orders.find((o) => o.merchantId === q.merchantid && o.outTradeNo === q.outtradeno && o.owner === ctx.account);
        order = found ? requireOrder(ctx, p, found.orderNo) : undefined;
      } else throw unprocessable({ orderNo: ['orderNo, or outTradeNo with merchantId, is required'] });
      if (!order) throw business(CODES.OrderNotFound);
      return ok(queryView(refreshOrder(order, ctx.now)));
    }),
    op('Refund', 'POST', (ctx) => {
      const body = ctx.json(
        z.object({ orderNo: z.string().min(1), refundNo: z.string().trim().min(1).max(64), refundAmount: z.number().int().min(1), reason: z.string().max(256).optional() }),
      );
      const order = refreshOrder(requireOrder(ctx, p, body.orderNo), ctx.now);
      const existing = order.refunds.find((r) => r.refundNo === body.refundNo);
      return ok(refundView(existing ?? refund(ctx, order, body.refundNo, body.refundAmount, body.reason ?? null)));
    }),
    op('RefundQuery', 'GET', (ctx) => {
      const { refundno } = ctx.params(z.object({ refundno: z.string().min(1, 'is required') }));
      const found = findRefund(ctx, p, refundno);
      if (!found) throw business(CODES.OrderNotFound);
      return ok(refundView(found));
    }),
    op('Close', 'POST', (ctx) => {
      const order = refreshOrder(requireOrder(ctx, p, ctx.json(orderNoBody).orderNo), ctx.now);
      if (order.status !== 'UNPAID') throw business(CODES.OrderStatusNotAllowed);
      order.status = 'CLOSED';
      return ok({ orderNo: order.orderNo, status: order.status });
    }),
    op('Cancel', 'POST', (ctx) => {
      const order = refreshOrder(requireOrder(ctx, p, ctx.json(orderNoBody).orderNo), ctx.now);
      if (order.status === 'UNPAID') order.status = 'CLOSED';
      else if (order.status === 'PAID' || order.status === 'PARTIALLY_REFUNDED') {
        refund(ctx, order, `CX${order.orderNo.slice(2)}`, order.amount - order.refundedAmount, '撤销');
      } else throw business(CODES.OrderStatusNotAllowed);
      return ok({ orderNo: order.orderNo, status: order.status });
    }),
  ];
}

export const ORDER_ACTION_OPERATIONS: readonly Operation[] = [...orderOps(ALIPAY), ...orderOps(WECHATPAY)];
