/**
 * The two payment-v2 providers (`shingsou.md` §4.3): path segment, scope family, merchant id
 * prefix, and which orders belong to them (by pay method).
 */
import type { SimMerchant, SimMerchantProvider, SimOrder } from '../../fleet/catalog-types';
import { CODES } from '../codes';
import { business } from '../errors';
import type { OpContext } from '../gateway/operation';

export interface Provider {
  segment: 'Alipay' | 'WechatPay';
  scopeFamily: 'alipay' | 'wechatpay';
  provider: SimMerchantProvider;
  idPrefix: string;
  payMethodPrefix: string;
}

export const ALIPAY: Provider = { segment: 'Alipay', scopeFamily: 'alipay', provider: 'ALIPAY', idPrefix: 'M-ALI-', payMethodPrefix: 'ALIPAY_' };
export const WECHATPAY: Provider = { segment: 'WechatPay', scopeFamily: 'wechatpay', provider: 'WECHAT_PAY', idPrefix: 'M-WX-', payMethodPrefix: 'WECHAT_' };

export function requireMerchant(ctx: OpContext, p: Provider, id: string): SimMerchant {
  const merchant = ctx.fleet.merchants.get(id);
  if (!merchant || merchant.provider !== p.provider) throw business(CODES.MerchantNotFound);
  return merchant;
}

/** The provider's order by number; v1 orders count by their pay method. */
export function requireOrder(ctx: OpContext, p: Provider, orderNo: string): SimOrder {
  const order = ctx.fleet.ordersByNo.get(orderNo);
  if (!order || order.owner !== ctx.account || !order.payMethod.startsWith(p.payMethodPrefix)) throw business(CODES.OrderNotFound);
  return order;
}
