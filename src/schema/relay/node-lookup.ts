import type { Card, Order as DomainOrder } from '../../domain';
import { requireUpstream } from '../../upstreams';
import { SHINGSOU_LIMITS } from '../../upstreams/shingsou/limits';
import { requireScope } from '../auth-checker';
import { findCard } from '../card/card.lookup';
import { findMerchant } from '../merchant/merchant.lookup';
import type { GatewayContext } from '../context';
import { NotFoundError } from '../errors';
import type { Merchant } from '../merchant/merchant.type';
import type { Order } from '../order/order.type';
import { requireProviderScope } from '../payment/payment.checks';
import { toMerchantType, toOrderType, toPackageType } from '../payment/payment.mapping';
import type { Package } from '../payment/package.type';
import type { NodeKey } from './global-id';

export type NodeObject = Card | Order | Merchant | Package;

/**
 * The object a node id names, with the scope and the lookup of the type's own read: `card(iccid:)`
 * for a card, `orders` for an order, `merchants(provider:)` for a merchant, `packages` for a
 * package. The scope is checked before the upstream call; an object the upstream does not know
 * is NOT_FOUND, as `card(iccid:)` answers.
 */
export async function findNode(ctx: GatewayContext, key: NodeKey): Promise<NodeObject> {
  switch (key.type) {
    case 'Card':
      requireScope(ctx, 'iot.cardservice.flowcard.get');
      return findCard(ctx, key.iccid);
    case 'Order': {
      requireScope(ctx, 'iot.paymentservice.order.get');
      const order = key.card === '' ? undefined : await findOrder(ctx, key.card, key.orderNo);
      if (!order) throw new NotFoundError(`No order ${key.orderNo}${key.card === '' ? '' : ` of card ${key.card}`}`);
      return toOrderType(order);
    }
    case 'Merchant': {
      requireProviderScope(ctx, key.provider, 'merchants');
      // The list Order.merchant and merchants(provider:) read: one per provider per request.
      const merchant = await findMerchant(ctx, key.provider, key.merchantId);
      if (!merchant) throw new NotFoundError(`No ${key.provider} merchant ${key.merchantId}`);
      return toMerchantType(merchant);
    }
    case 'Package': {
      // `packages` admits any authenticated caller (`product-*` need no permission code).
      const found = await ctx.loaders.packageById.load(key.packageId);
      if (!found) throw new NotFoundError(`No package ${key.packageId} on sale`);
      return toPackageType(found);
    }
  }
}

/**
 * `order-get` has no lookup by order number, only its card `keyword` (`shingsou.md` §6.2): the
 * card's orders are read a page of 100 at a time until the number turns up. A card has few
 * orders, so this is one call in practice.
 */
async function findOrder(ctx: GatewayContext, card: string, orderNo: string): Promise<DomainOrder | undefined> {
  const payments = requireUpstream(ctx.upstreams, 'shingsou').payments;
  const pageSize = SHINGSOU_LIMITS.pageSize;
  for (let page = 1; ; page += 1) {
    const { orders, total } = await payments.orders({ page, pageSize, keyword: card });
    const found = orders.find((order) => order.orderNo === orderNo);
    if (found || orders.length === 0 || page * pageSize >= total) return found;
  }
}
