import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Card as DomainCard } from '../../domain';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { fetchWindow } from '../relay/page-window';
import { CardOrdersArgs } from './card-orders.args';
import { connectionOf, offsetAfter } from '../relay/connection';
import { Card } from './card.type';
import { OrderConnection } from '../order/order-connection.type';
import { checkPageSize } from './card.checks';
import { toOrderType } from '../payment/payment.mapping';

@Resolver(() => Card)
export class CardOrdersResolver {
  @Authorized('iot.paymentservice.order.get')
  @FieldResolver(() => OrderConnection, { nullable: true, description: "The card's recharge orders, newest first" })
  async orders(@Root() card: DomainCard, @Args(() => CardOrdersArgs) args: CardOrdersArgs, @Ctx() ctx: GatewayContext): Promise<OrderConnection> {
    const limit = checkPageSize(args.first);
    const offset = offsetAfter(args.after, 'order');
    const shingsou = requireUpstream(ctx.upstreams, 'shingsou');
    const { items: orders, total } = await fetchWindow(offset, limit, (page) =>
      shingsou.payments.orders({ ...page, keyword: card.iccid }).then((answer) => ({ items: answer.orders, total: answer.total })),
    );
    return connectionOf(orders.map(toOrderType), offset, total, 'order');
  }
}
