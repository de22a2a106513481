import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context';
import { FleetArgs } from './fleet.args';
import { checkFleetFilter, checkFleetOrder, checkFleetPageSize } from './fleet.checks';
import { FleetConnection } from './fleet-connection.type';
import { decodeFleetCursor, listDigest } from './fleet-cursor';
import { toFleetConnection, toFleetSummary } from './fleet.mapping';
import { FleetSummaryArgs } from './fleet-summary.args';
import { FleetSummary } from './fleet-summary.type';
import { fromStore, requireFleetStore } from './fleet-unavailable.error';

/**
 * The fleet index (issue 14): questions over every card ("which are suspended", "the top 50 by
 * usage") answered from the gateway's store, which the sync keeps (`src/fleet-sync/`), with no
 * upstream call. The scope is the one of `cards`: the store holds what `flowcard-get` lists.
 */
@Resolver()
export class FleetResolver {
  @Authorized('iot.cardservice.flowcard.get')
  @Query(() => FleetConnection, {
    nullable: true,
    description: 'Stored cards matching a filter, in a stable order, with how old each reading is. Null with FLEET_STORE_UNAVAILABLE when the store is down',
  })
  async fleet(@Args(() => FleetArgs) args: FleetArgs, @Ctx() ctx: GatewayContext): Promise<FleetConnection> {
    const first = checkFleetPageSize(args.first);
    const filter = checkFleetFilter(args.filter);
    const order = checkFleetOrder(args.orderBy);
    const digest = listDigest(filter, order);
    const after = decodeFleetCursor(args.after, digest);
    const store = requireFleetStore(ctx);
    const page = await fromStore(ctx, store.page({ filter, order, first, ...(after === undefined ? {} : { after }) }, ctx.flow.signal));
    // The nodes' status(maxAge:) and usage(maxAge:) read these rows instead of asking the store again.
    const rows = ctx.fleet?.rows;
    if (rows) for (const row of page.rows) rows.prime(row.card.iccid, row);
    return toFleetConnection(page, digest, after);
  }

  @Authorized('iot.cardservice.flowcard.get')
  @Query(() => FleetSummary, {
    nullable: true,
    description: 'Totals over the stored cards matching a filter, the oldest reading among them and the sync progress. Null with FLEET_STORE_UNAVAILABLE when the store is down',
  })
  async fleetSummary(@Args(() => FleetSummaryArgs) args: FleetSummaryArgs, @Ctx() ctx: GatewayContext): Promise<FleetSummary> {
    const filter = checkFleetFilter(args.filter);
    const store = requireFleetStore(ctx);
    return toFleetSummary(await fromStore(ctx, store.summary(filter, ctx.flow.signal)));
  }
}
