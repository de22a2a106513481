import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { carrierName, shingsouOperatorFromCarrier, type Card as DomainCard } from '../../domain';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { fetchWindow } from '../relay/page-window';
import { CardArgs } from './card.args';
import { CardsArgs } from './cards.args';
import { offsetAfter, toConnection } from '../relay/connection';
import { findCard } from './card.lookup';
import { encodeGlobalId } from '../relay/global-id';
import { toCardStatusOutput } from './card-status.mapping';
import { CardConnection } from './card-connection.type';
import { CardStatus } from './card-status.type';
import { Card } from './card.type';
import { Carrier } from '../carrier/carrier.type';
import { cardIdentifier, checkCarrierFilter, checkPageSize } from './card.checks';
import { checkMaxAge } from './card-live.checks';
import { storedStatus } from '../fleet/stored-reading';

@Resolver(() => Card)
export class CardResolver {
  @Authorized('iot.cardservice.flowcard.get')
  @Query(() => CardConnection, { nullable: true, description: 'The card inventory in the upstream order, one page at a time' })
  async cards(@Args(() => CardsArgs) args: CardsArgs, @Ctx() ctx: GatewayContext): Promise<CardConnection> {
    const limit = checkPageSize(args.first);
    const carrier = checkCarrierFilter(args.carrier);
    const offset = offsetAfter(args.after);
    const shingsou = requireUpstream(ctx.upstreams, 'shingsou');
    const operator = carrier && shingsouOperatorFromCarrier(carrier);
    const { items: cards, total } = await fetchWindow(offset, limit, (page) =>
      shingsou.cards.list({ ...page, operator }).then((answer) => ({ items: answer.cards, total: answer.total })),
    );
    for (const card of cards) ctx.loaders.cardById.prime(card.iccid, card);
    return toConnection(cards, offset, total);
  }

  @Authorized('iot.cardservice.flowcard.get')
  @Query(() => Card, { nullable: true, description: 'One card by ICCID or MSISDN; null with a NOT_FOUND error when no upstream knows it' })
  async card(@Args(() => CardArgs) args: CardArgs, @Ctx() ctx: GatewayContext): Promise<DomainCard> {
    return findCard(ctx, cardIdentifier(args));
  }

  @FieldResolver(() => ID, { description: 'A global id (Node): pass it to node(id) to fetch this card again' })
  id(@Root() card: DomainCard): string {
    return encodeGlobalId({ type: 'Card', iccid: card.iccid });
  }

  @FieldResolver(() => Carrier, { description: 'The carrier that issued the card; UNKNOWN when it cannot be detected or is not supported' })
  carrier(@Root() card: DomainCard): Carrier {
    return { code: card.carrier, name: carrierName(card.carrier) };
  }

  @Authorized('iot.cardservice.flowcard.status')
  @FieldResolver(() => CardStatus, {
    nullable: true,
    description: 'Status: China Mobile cards ask CMIOT first, then Shingsou; other carriers ask Shingsou; with maxAge, a stored reading young enough answers instead. Null with an error when no upstream answers',
  })
  async status(
    @Root() card: DomainCard,
    @Arg('maxAge', () => Int, {
      nullable: true,
      defaultValue: 0,
      description: "Accept a status read up to this many seconds ago (0 to 86400): the fleet store's reading, else the live cache's (kept 300 s), else live. checkedAt says when the carrier gave it. 0 = always live",
    })
    maxAge: number | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<CardStatus> {
    const age = checkMaxAge(maxAge);
    const stored = age > 0 && ctx.fleet ? await storedStatus(ctx, card, age) : undefined;
    return toCardStatusOutput(stored ?? (await ctx.loaders.card.status(card, age)));
  }
}
