import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { UpstreamCodeTable } from './upstream-code-table.enum';
import { UpstreamErrorCode } from './upstream-error-code.type';

@Resolver()
export class ReferenceCodesResolver {
  /**
   * The vendor's `*-codes` operations need a valid token only (`shingsou.md` §2.5), so any
   * authenticated caller may read them. Cached in-process for 10 minutes (reference data).
   */
  @Authorized()
  @Query(() => [UpstreamErrorCode], { nullable: true, description: "A Shingsou error code table: what an error's extensions.upstreamCode means" })
  async upstreamErrorCodes(@Arg('table', () => UpstreamCodeTable, { description: 'Which table to read' }) table: UpstreamCodeTable, @Ctx() ctx: GatewayContext): Promise<UpstreamErrorCode[]> {
    return requireUpstream(ctx.upstreams, 'referenceCodes').table(table);
  }
}
