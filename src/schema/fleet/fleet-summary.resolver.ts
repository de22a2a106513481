import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context';
import { FleetSummary } from './fleet-summary.type';
import { fromStore } from './fleet-unavailable.error';
import { SyncProgress } from './sync-progress.type';

@Resolver(() => FleetSummary)
export class FleetSummaryResolver {
  @FieldResolver(() => SyncProgress, { nullable: true, description: 'The sync as this replica sees it; null when no sync runs on it (SYNC=off)' })
  async sync(@Ctx() ctx: GatewayContext): Promise<SyncProgress | null> {
    const progress = ctx.fleet?.syncProgress;
    return progress ? await fromStore(ctx, Promise.resolve().then(progress)) : null;
  }
}
