/**
 * Creating an unpaid order (payment v1 and v2 share it) and what the payer is given: every
 * `payUrl` and `qrCode` points at this simulator's own `/__sim/pay/{orderNo}` (§7.7).
 */
import { OPERATOR_OF } from '../../fleet/catalog';
import type { SimOrder, SimProduct } from '../../fleet/catalog-types';
import { orderNumber } from '../../fleet/generate-commerce';
import type { SimCard } from '../../fleet/types';
import { randomToken } from '../../shared/random';
import { CODES } from '../codes';
import { business } from '../errors';
import type { OpContext } from '../gateway/operation';
import { visibleCard } from './card-access';
import { markPaid } from './order-lifecycle';

/** Unpaid orders close after 30 minutes. */
const ORDER_TTL_MS = 30 * 60_000;

export interface NewOrder {
  card: SimCard | null;
  product: SimProduct | null;
  amount: number;
  payMethod: string;
  merchantId: string | null;
  clientOrderNo: string | null;
  outTradeNo: string | null;
  subject: string | null;
}

/** Resolves a recharge's card and product with the payment codes (§6.6). */
export function rechargeTarget(ctx: OpContext, cardNo: string, productId: number): { card: SimCard; product: SimProduct } {
  const product = ctx.fleet.products.find((p) => p.id === productId && p.onSale);
  if (!product) throw business(CODES.PaymentProductNotFound);
  const card = visibleCard(ctx, cardNo);
  if (!card) throw business(CODES.PaymentCardNotFound);
  if (OPERATOR_OF[card.carrier] !== product.operator) throw business(CODES.PaymentProductNotForCard);
  return { card, product };
}

export function createOrder(ctx: OpContext, spec: NewOrder): SimOrder {
  let sequence = 5000 + ctx.state.next('order');
  while (ctx.fleet.ordersByNo.has(orderNumber(ctx.now, sequence))) sequence += 1;
  const order: SimOrder = {
    orderNo: orderNumber(ctx.now, sequence),
    cardNo: spec.card?.iccid ?? null,
    msisdn: spec.card?.msisdn ?? null,
    productId: spec.product?.id ?? null,
    productName: spec.product?.name ?? null,
    amount: spec.amount,
    dataQuotaKb: spec.product?.dataQuotaKb ?? null,
    payMethod: spec.payMethod,
    merchantId: spec.merchantId,
    status: 'UNPAID',
    transactionId: null,
    createdAt: ctx.now,
    expiresAt: ctx.now + ORDER_TTL_MS,
    paidAt: null,
    refundedAmount: 0,
    refunds: [],
    clientOrderNo: spec.clientOrderNo,
    outTradeNo: spec.outTradeNo,
    subject: spec.subject,
    owner: ctx.account,
  };
  ctx.fleet.orders.unshift(order);
  ctx.fleet.ordersByNo.set(order.orderNo, order);
  const autoPay = ctx.state.knobs.get().autoPayAfterMs;
  if (autoPay !== null) ctx.state.later(autoPay, () => markPaid(ctx.fleet, order, ctx.fleet.now()));
  return order;
}

export const payUrlFor = (ctx: OpContext, order: SimOrder): string => `${ctx.baseUrl}/__sim/pay/${order.orderNo}`;

/** WeChat's own JSAPI parameter names (§6.3); the signature is a stand-in, not a real RSA one. */
export function jsapiParams(ctx: OpContext, order: SimOrder, appId: string) {
  return {
    appId,
    timeStamp: String(Math.floor(ctx.now / 1000)),
    nonceStr: randomToken(12),
    package: `prepay_id=wx${order.orderNo}`,
    signType: 'RSA',
    paySign: randomToken(48),
  };
}
