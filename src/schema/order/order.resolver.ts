import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PaymentProvider, type Card as DomainCard } from '../../domain';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { fetchWindow } from '../relay/page-window';
import { OrdersArgs } from './orders.args';
import { connectionOf, offsetAfter } from '../relay/connection';
import { Card } from '../card/card.type';
import { OrderConnection } from './order-connection.type';
import { OrderStatistics } from './order-statistics.type';
import { Order } from './order.type';
import { Package } from '../payment/package.type';
import { Merchant } from '../merchant/merchant.type';
import { findMerchant } from '../merchant/merchant.lookup';
import { checkPageSize } from '../card/card.checks';
import { checkCardRef, checkDate, checkDateRange, requireProviderScope } from '../payment/payment.checks';
import { toMerchantType, toOrderStatisticsType, toOrderType, toPackageType } from '../payment/payment.mapping';

@Resolver(() => Order)
export class OrderResolver {
  @Authorized('iot.paymentservice.order.get')
  @Query(() => OrderConnection, { nullable: true, description: 'Recharge orders, newest first (订单-列表)' })
  async orders(@Args(() => OrdersArgs) args: OrdersArgs, @Ctx() ctx: GatewayContext): Promise<OrderConnection> {
    const limit = checkPageSize(args.first);
    const offset = offsetAfter(args.after, 'order');
    const filter = args.filter ?? {};
    const card = filter.card === null || filter.card === undefined ? undefined : checkCardRef(filter.card, 'filter.card');
    const from = filter.from === null || filter.from === undefined ? undefined : checkDate(filter.from, 'filter.from');
    const to = filter.to === null || filter.to === undefined ? undefined : checkDate(filter.to, 'filter.to');
    checkDateRange(from, to, 'filter.to');
    const shingsou = requireUpstream(ctx.upstreams, 'shingsou');
    const { items: orders, total } = await fetchWindow(offset, limit, (page) =>
      shingsou.payments.orders({ ...page, keyword: card, status: filter.status ?? undefined, from, to }).then((answer) => ({ items: answer.orders, total: answer.total })),
    );
    return connectionOf(orders.map(toOrderType), offset, total, 'order');
  }

  @Authorized('iot.paymentservice.order.statistic')
  @Query(() => OrderStatistics, { nullable: true, description: 'Paid orders today, yesterday and over the last 7 days (订单-统计)' })
  async orderStatistics(@Ctx() ctx: GatewayContext): Promise<OrderStatistics> {
    return toOrderStatisticsType(await requireUpstream(ctx.upstreams, 'shingsou').payments.statistics());
  }

  @Authorized('iot.cardservice.flowcard.get')
  @FieldResolver(() => Card, { nullable: true, description: 'The card recharged; null when the inventory no longer has it' })
  async card(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<DomainCard | null> {
    const id = order.iccid ?? order.msisdn;
    return id === null ? null : ctx.loaders.cardById.load(id);
  }

  /**
   * Needs the provider's `merchants` scope, checked in code as `merchants(provider:)` does: the
   * provider is the order's. One merchant list per provider per request (`merchant-list.loader.ts`).
   */
  @Authorized()
  @FieldResolver(() => Merchant, {
    nullable: true,
    description:
      'The v2 merchant that took the order (needs iot.payment.{alipay|wechatpay}.merchants for its provider); null for an order without one ' +
      '(a v1 recharge) or whose merchant was deleted',
  })
  async merchant(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<Merchant | null> {
    const provider = providerOf(order);
    if (order.merchantId === null || provider === null) return null;
    requireProviderScope(ctx, provider, 'merchants');
    const found = await findMerchant(ctx, provider, order.merchantId);
    return found && toMerchantType(found);
  }

  @Authorized()
  @FieldResolver(() => Package, { nullable: true, description: 'The package, while it is on sale; packageName keeps its name regardless' })
  async package(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<Package | null> {
    if (order.packageId === null) return null;
    const found = await ctx.loaders.packageById.load(order.packageId);
    return found && toPackageType(found);
  }
}

/** The order's provider: its pay method's, or the prefix of a channel this API does not know (§4.3). */
function providerOf(order: Order): PaymentProvider | null {
  if (order.payMethod) return order.payMethod.provider;
  if (order.payMethodCode.startsWith('ALIPAY_')) return PaymentProvider.ALIPAY;
  if (order.payMethodCode.startsWith('WECHAT_')) return PaymentProvider.WECHAT_PAY;
  return null;
}
