import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context';
import { arrearsWindow } from '../../services/arrears';
import { FleetPageArgs } from '../relay/fleet-page.args';
import { connectionOf, offsetAfter } from '../relay/connection';
import { ArrearsSuspendedCardConnection } from './arrears-suspended-card-connection.type';
import { checkPageSize } from '../card/card.checks';

const CURSOR = 'arrears';

@Resolver()
export class ArrearsResolver {
  @Authorized('iot.cardservice.flowcard.status')
  @Query(() => ArrearsSuspendedCardConnection, {
    nullable: true,
    description: 'China Mobile cards suspended for arrears (CMIOT API2022 欠费停机), fetched in pages of 20; a page of n costs the 20-card pages it spans',
  })
  async arrearsSuspendedCards(@Args(() => FleetPageArgs) args: FleetPageArgs, @Ctx() ctx: GatewayContext): Promise<ArrearsSuspendedCardConnection> {
    const limit = checkPageSize(args.first);
    const offset = offsetAfter(args.after, CURSOR);
    const { cards, total } = await arrearsWindow(ctx.upstreams, offset, limit);
    const nodes = cards.map((card) => ({
      msisdn: card.msisdn,
      rawStatus: card.status,
      suspendedAt: card.suspendedAt === null ? null : new Date(card.suspendedAt),
      listedAt: card.listedAt === null ? null : new Date(card.listedAt),
    }));
    return connectionOf(nodes, offset, total, CURSOR);
  }
}
