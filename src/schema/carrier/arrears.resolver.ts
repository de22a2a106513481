import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { CMIOT_LIMITS } from '../../upstreams/cmiot/limits';
import { fetchWindow } from '../relay/page-window';
import { FleetPageArgs } from '../relay/fleet-page.args';
import { connectionOf, offsetAfter, type Connection } from '../relay/connection';
import { ArrearsSuspendedCardConnection, type ArrearsSuspendedCardRoot } from './arrears-suspended-card-connection.type';
import { checkPageSize } from '../card/card.checks';

const CURSOR = 'arrears';

@Resolver()
export class ArrearsResolver {
  @Authorized('iot.cardservice.flowcard.status')
  @Query(() => ArrearsSuspendedCardConnection, {
    nullable: true,
    description: 'China Mobile cards suspended for arrears (CMIOT API2022 欠费停机), fetched in pages of 20; a page of n costs the 20-card pages it spans',
  })
  async arrearsSuspendedCards(@Args(() => FleetPageArgs) args: FleetPageArgs, @Ctx() ctx: GatewayContext): Promise<Connection<ArrearsSuspendedCardRoot>> {
    const limit = checkPageSize(args.first);
    const offset = offsetAfter(args.after, CURSOR);
    const cmiot = requireUpstream(ctx.upstreams, 'cmiot');
    // API2022 pages by 20 at most (`cmiot.md` §5): the window costs the pages it touches.
    const { items: cards, total } = await fetchWindow(
      offset,
      limit,
      (page) => cmiot.arrears.page(page.page, page.pageSize).then((answer) => ({ items: answer.cards, total: answer.total })),
      CMIOT_LIMITS.arrearsPage,
    );
    const nodes = cards.map((card): ArrearsSuspendedCardRoot => ({
      msisdn: card.msisdn,
      rawStatus: card.status,
      suspendedAt: card.suspendedAt === null ? null : new Date(card.suspendedAt),
      listedAt: card.listedAt === null ? null : new Date(card.listedAt),
    }));
    return connectionOf(nodes, offset, total, CURSOR);
  }
}
