/**
 * `payment-post` 创建支付请求 (`shingsou.md` §6.3): an unpaid recharge order and what the payer
 * needs for the chosen channel. Idempotent on `clientOrderNo` (§3).
 */
import { z } from 'zod';
import type { SimOrder } from '../../fleet/catalog-types';
import { isoShanghai } from '../../shared/time';
import { CODES } from '../codes';
import { business } from '../errors';
import { ok, OpContext, Operation } from '../gateway/operation';
import { PAYMENT_POST_SCOPE } from '../scopes';
import { createOrder, jsapiParams, payUrlFor, rechargeTarget } from './order-create';
import { refreshOrder } from './order-lifecycle';

/** What each v1 pay method hands the payer (§6.3 table). */
const CHANNEL: Record<string, 'payUrl' | 'qrCode' | 'jsapiParams'> = {
  ALIPAY_WAP: 'payUrl',
  ALIPAY_PC: 'payUrl',
  ALIPAY_SCAN: 'qrCode',
  WECHAT_JSAPI: 'jsapiParams',
  WECHAT_NATIVE: 'qrCode',
  WECHAT_H5: 'payUrl',
};

const postBody = z.object({
  cardNo: z.string().trim().min(1),
  productId: z.number().int(),
  payMethod: z.string().min(1),
  clientOrderNo: z.string().trim().min(1).max(64).optional(),
  returnUrl: z.string().max(2048).optional(),
  openId: z.string().max(128).optional(),
  clientIp: z.string().max(64).optional(),
});

function response(ctx: OpContext, order: SimOrder) {
  refreshOrder(order, ctx.now);
  const channel = CHANNEL[order.payMethod];
  const url = payUrlFor(ctx, order);
  return {
    orderNo: order.orderNo,
    amount: order.amount,
    payMethod: order.payMethod,
    status: order.status,
    expiresAt: isoShanghai(order.expiresAt),
    payUrl: channel === 'payUrl' ? url : null,
    qrCode: channel === 'qrCode' ? url : null,
    jsapiParams: channel === 'jsapiParams' ? jsapiParams(ctx, order, 'wx1234567890abcdef') : null,
  };
}

export const paymentPost: Operation = {
  id: 'payment-post',
  method: 'POST',
  path: '/payment/Payment/Post',
  alias: '/payment/Payment',
  scope: PAYMENT_POST_SCOPE,
  handle(ctx) {
    const body = ctx.json(postBody);
    ctx.keys(1);
    if (body.clientOrderNo !== undefined) {
      const existing = ctx.fleet.orders.find((o) => o.owner === ctx.account && o.clientOrderNo === body.clientOrderNo);
      if (existing) return ok(response(ctx, existing));
    }
    if (!(body.payMethod in CHANNEL)) throw business(CODES.PaymentPayMethodNotSupported);
    const { card, product } = rechargeTarget(ctx, body.cardNo, body.productId);
    if (body.payMethod === 'WECHAT_JSAPI' && !body.openId) throw business(CODES.PaymentOpenIdRequired);
    const order = createOrder(ctx, {
      card,
      product,
      amount: product.price,
      payMethod: body.payMethod,
      merchantId: null,
      clientOrderNo: body.clientOrderNo ?? null,
      outTradeNo: null,
      subject: null,
    });
    return ok(response(ctx, order));
  },
};
