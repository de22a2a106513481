import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { KNOWN_CARRIERS, carrierName, shingsouOperatorFromCarrier, statusCodeTable, type KnownCarrier } from '../../domain';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { fetchWindow } from '../relay/page-window';
import { CarrierArgs } from './carrier.args';
import { FleetPageArgs } from '../relay/fleet-page.args';
import { offsetAfter, toConnection } from '../relay/connection';
import { CardConnection } from '../card/card-connection.type';
import { CarrierCardCounts } from './carrier-card-counts.type';
import { CarrierStatusCode } from './carrier-status-code.type';
import { Carrier } from './carrier.type';
import { CarrierCode } from '../common/enums';
import { LifecycleCounts } from './lifecycle-counts.type';
import { checkCarrierFilter, checkPageSize } from '../card/card.checks';

@Resolver(() => Carrier)
export class CarrierResolver {
  @Query(() => [Carrier], { description: 'The three carriers the gateway serves' })
  carriers(): Carrier[] {
    return KNOWN_CARRIERS.map(toCarrier);
  }

  @Query(() => Carrier, { description: 'One carrier; UNKNOWN is bad input' })
  carrier(@Args(() => CarrierArgs) args: CarrierArgs): Carrier {
    return toCarrier(known(args.code));
  }

  @FieldResolver(() => [CarrierStatusCode], {
    description: 'Every raw status code the upstreams send for this carrier, with label and normalized state',
  })
  statusCodes(@Root() carrier: Carrier): CarrierStatusCode[] {
    // In-process tables: no upstream call, nothing to cache.
    return statusCodeTable(carrier.code).map((row) => ({ ...row, sources: [...row.sources] }));
  }

  @Authorized('iot.cardservice.flowcard.get')
  @FieldResolver(() => CardConnection, { nullable: true, description: "This carrier's cards in the inventory, one page at a time" })
  async cards(@Root() carrier: Carrier, @Args(() => FleetPageArgs) args: FleetPageArgs, @Ctx() ctx: GatewayContext): Promise<CardConnection> {
    const limit = checkPageSize(args.first);
    const offset = offsetAfter(args.after);
    const operator = shingsouOperatorFromCarrier(known(carrier.code));
    const shingsou = requireUpstream(ctx.upstreams, 'shingsou');
    const { items: cards, total } = await fetchWindow(offset, limit, (page) =>
      shingsou.cards.list({ ...page, operator }).then((answer) => ({ items: answer.cards, total: answer.total })),
    );
    for (const card of cards) ctx.loaders.cardById.prime(card.iccid, card);
    return toConnection(cards, offset, total);
  }

  @Authorized('iot.cardservice.flowcard.get')
  @FieldResolver(() => CarrierCardCounts, { nullable: true, description: 'Inventory cards by normalized state (see the type for how and its limits)' })
  async cardCounts(@Root() carrier: Carrier, @Ctx() ctx: GatewayContext): Promise<CarrierCardCounts> {
    const counts = await ctx.upstreams.carrierCounts.byState(known(carrier.code));
    return { ...counts, countedAt: new Date(counts.countedAt) };
  }

  @Authorized('iot.cardservice.flowcard.get')
  @FieldResolver(() => LifecycleCounts, {
    nullable: true,
    description: "China Mobile only: CMIOT's own count of every card of the account by v2 lifecycle (one call, cached 30 minutes); null otherwise",
  })
  async lifecycleCounts(@Root() carrier: Carrier, @Ctx() ctx: GatewayContext): Promise<LifecycleCounts | null> {
    return carrier.code === CarrierCode.CHINA_MOBILE ? ctx.upstreams.carrierCounts.chinaMobileLifecycles() : null;
  }
}

function toCarrier(code: KnownCarrier): Carrier {
  return { code, name: carrierName(code) };
}

function known(code: CarrierCode): KnownCarrier {
  const carrier = checkCarrierFilter(code);
  if (carrier === undefined) throw new Error('unreachable: a carrier code is required');
  return carrier;
}
