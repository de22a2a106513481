import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Card as DomainCard } from '../../domain';
import type { GatewayContext } from '../context';
import { CardsByIdsArgs } from './cards-by-ids.args';
import { Card } from './card.type';
import { checkCardIds } from './card-live.checks';

@Resolver()
export class CardsByIdsResolver {
  /**
   * A dashboard's cards in one request: the loader batches the ids into `flowcard-get` calls of
   * 100 and looks the rest up in CMIOT, so 500 ids cost at most 5 inventory calls.
   */
  @Authorized('iot.cardservice.flowcard.get')
  @Query(() => [Card], {
    nullable: 'itemsAndList',
    description: 'Cards by ICCID, MSISDN or IMSI, in the order asked; null items for cards no upstream knows',
  })
  async cardsByIds(@Args(() => CardsByIdsArgs) args: CardsByIdsArgs, @Ctx() ctx: GatewayContext): Promise<(DomainCard | Error | null)[]> {
    const ids = checkCardIds(args.ids);
    // An Error item fails that item alone (graphql-js completes list items one by one), so one
    // lookup an upstream could not answer does not cost the other 499 cards.
    return ctx.loaders.cardById.loadMany(ids);
  }
}
