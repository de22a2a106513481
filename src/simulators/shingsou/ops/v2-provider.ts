/**
 * The two payment-v2 providers (`shingsou.md` §4.3): path segment, scope family, merchant id
 * prefix, and which orders belong to them (by pay method).
 */
import type { SimMerchant, SimMerchantProvider, SimOrder } from '../../fleet/catalog-types';
import { CODES } from '../codes';
import { business, codedNotFound } from '../errors';
import type { OpContext, Operation } from '../gateway/operation';
import { type ScopeRule, v2Scope } from '../scopes';

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

/**
 * The merchant of a §6.4.1 action (transfers, bills, identity): unknown or of the other provider
 * is 404 `22001`, disabled is 422 `22003`, for every one of those actions, queries included.
 */
export function requireActiveMerchant(ctx: OpContext, p: Provider, id: string): SimMerchant {
  const merchant = ctx.fleet.merchants.get(id);
  if (!merchant || merchant.provider !== p.provider) throw codedNotFound(CODES.MerchantNotFound);
  if (merchant.status === 'DISABLED') throw business(CODES.MerchantDisabled);
  return merchant;
}

/**
 * A §4.3 action at `/paymentv2/{Provider}/{Action}`, route id `{provider}-{action}`, needing
 * `iot.payment.{provider}.{action}` unless `scope` says otherwise (OAuth, Code2Session: `null`).
 */
export const v2Op = (p: Provider, action: string, method: 'GET' | 'POST', handle: Operation['handle'], scope: ScopeRule = v2Scope(p.scopeFamily, action)): Operation => ({
  id: `${p.scopeFamily}-${action.toLowerCase()}`,
  method,
  path: `/paymentv2/${p.segment}/${action}`,
  scope,
  handle,
});
