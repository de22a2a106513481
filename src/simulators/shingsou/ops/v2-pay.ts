/**
 * Payment-v2 pay actions (`shingsou.md` §4.3, §6.4): one unpaid order per `outTradeNo` and
 * merchant (idempotent), with what the payer needs; BarcodePay is paid at once. With `cardNo` +
 * `productId` the order is a recharge order and shows in `order-get`.
 */
import { z } from 'zod';
import type { SimOrder } from '../../fleet/catalog-types';
import { randomToken } from '../../shared/random';
import { CODES } from '../codes';
import { business, unprocessable } from '../errors';
import { ok, OpContext, Operation } from '../gateway/operation';
import { v2Scope } from '../scopes';
import { createOrder, jsapiParams, payUrlFor, rechargeTarget } from './order-create';
import { markPaid } from './order-lifecycle';
import { ALIPAY, Provider, requireMerchant, WECHATPAY } from './v2-provider';

type Hand = 'payUrl' | 'qrCode' | 'jsapiParams' | 'appParams' | 'paid';

interface PayAction {
  action: string;
  payMethod: string;
  hand: Hand;
  needs?: 'openId' | 'authCode';
}

const ALIPAY_ACTIONS: readonly PayAction[] = [
  { action: 'WebPay', payMethod: 'ALIPAY_PC', hand: 'payUrl' },
  { action: 'WapPay', payMethod: 'ALIPAY_WAP', hand: 'payUrl' },
  { action: 'AppPay', payMethod: 'ALIPAY_APP', hand: 'appParams' },
  { action: 'ScanPay', payMethod: 'ALIPAY_SCAN', hand: 'qrCode' },
  { action: 'BarcodePay', payMethod: 'ALIPAY_BARCODE', hand: 'paid', needs: 'authCode' },
];

const WECHAT_ACTIONS: readonly PayAction[] = [
  { action: 'PublicPay', payMethod: 'WECHAT_JSAPI', hand: 'jsapiParams', needs: 'openId' },
  { action: 'AppPay', payMethod: 'WECHAT_APP', hand: 'appParams' },
  { action: 'AppletPay', payMethod: 'WECHAT_MINIPROGRAM', hand: 'jsapiParams', needs: 'openId' },
  { action: 'WapPay', payMethod: 'WECHAT_H5', hand: 'payUrl' },
  { action: 'ScanPay', payMethod: 'WECHAT_NATIVE', hand: 'qrCode' },
  { action: 'BarcodePay', payMethod: 'WECHAT_MICROPAY', hand: 'paid', needs: 'authCode' },
];

const payBody = z
  .object({
    merchantId: z.string().min(1),
    outTradeNo: z.string().trim().min(1).max(64),
    amount: z.number().int().min(1),
    subject: z.string().trim().min(1).max(256),
    cardNo: z.string().trim().min(1).optional(),
    productId: z.number().int().optional(),
    notifyUrl: z.string().max(2048).optional(),
    returnUrl: z.string().max(2048).optional(),
    openId: z.string().max(128).optional(),
    authCode: z.string().max(128).optional(),
    clientIp: z.string().max(64).optional(),
  })
  .refine((b) => (b.cardNo === undefined) === (b.productId === undefined), { message: 'cardNo and productId go together', path: ['productId'] });

function appParams(ctx: OpContext, p: Provider, order: SimOrder, appId: string, mchId: string | null) {
  if (p === ALIPAY) return { orderString: `app_id=${appId}&out_trade_no=${order.outTradeNo}&total_amount=${(order.amount / 100).toFixed(2)}&sign=${randomToken(32)}` };
  return {
    appid: appId,
    partnerid: mchId,
    prepayid: `wx${order.orderNo}`,
    package: 'Sign=WXPay',
    noncestr: randomToken(12),
    timestamp: String(Math.floor(ctx.now / 1000)),
    sign: randomToken(32),
  };
}

function payOperation(p: Provider, a: PayAction): Operation {
  return {
    id: `${p.scopeFamily}-${a.action.toLowerCase()}`,
    method: 'POST',
    path: `/paymentv2/${p.segment}/${a.action}`,
    scope: v2Scope(p.scopeFamily, a.action),
    handle(ctx) {
      const body = ctx.json(payBody);
      if (body.cardNo !== undefined) ctx.keys(1);
      const merchant = requireMerchant(ctx, p, body.merchantId);
      const render = (order: SimOrder) => {
        const base = { orderNo: order.orderNo, outTradeNo: order.outTradeNo, amount: order.amount, status: order.status };
        switch (a.hand) {
          case 'payUrl':
            return ok({ ...base, payUrl: payUrlFor(ctx, order) });
          case 'qrCode':
            return ok({ ...base, qrCode: payUrlFor(ctx, order) });
          case 'jsapiParams':
            return ok({ ...base, jsapiParams: jsapiParams(ctx, order, merchant.appId) });
          case 'appParams':
            return ok({ ...base, appParams: appParams(ctx, p, order, merchant.appId, merchant.mchId) });
          case 'paid':
            return ok(base);
        }
      };
      const existing = ctx.fleet.orders.find((o) => o.merchantId === merchant.id && o.outTradeNo === body.outTradeNo);
      if (existing) return render(existing);
      if (merchant.status === 'DISABLED') throw business(CODES.MerchantDisabled);
      if (a.needs === 'openId' && !body.openId) throw business(CODES.PaymentOpenIdRequired);
      if (a.needs === 'authCode' && !body.authCode) throw unprocessable({ authCode: ['is required for BarcodePay'] });
      const target = body.cardNo !== undefined ? rechargeTarget(ctx, body.cardNo, body.productId as number) : null;
      if (target && target.product.price !== body.amount) throw business(CODES.PaymentProductNotForCard);
      const order = createOrder(ctx, {
        card: target?.card ?? null,
        product: target?.product ?? null,
        amount: body.amount,
        payMethod: a.payMethod,
        merchantId: merchant.id,
        clientOrderNo: null,
        outTradeNo: body.outTradeNo,
        subject: body.subject,
      });
      if (a.hand === 'paid') markPaid(ctx.fleet, order, ctx.now);
      return render(order);
    },
  };
}

export const PAY_OPERATIONS: readonly Operation[] = [
  ...ALIPAY_ACTIONS.map((a) => payOperation(ALIPAY, a)),
  ...WECHAT_ACTIONS.map((a) => payOperation(WECHATPAY, a)),
];
