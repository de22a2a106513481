import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { CMIOT_LIMITS } from '../../upstreams/cmiot/limits';
import { fetchWindow } from '../relay/page-window';
import { CardGroupMembersArgs } from './card-group-members.args';
import { connectionOf, offsetAfter } from '../relay/connection';
import { CardConnection } from './card-connection.type';
import { checkGroupId, checkGroupPageSize } from './card-extra.checks';

const CURSOR = 'group-member';

@Resolver()
export class CardGroupResolver {
  // CMIOT has no permission codes; `flowcard.get` is the closest Shingsou scope (card lists, `shingsou.md` §2.5).
  @Authorized('iot.cardservice.flowcard.get')
  @Query(() => CardConnection, {
    nullable: true,
    description:
      'China Mobile cards of a CMIOT group (group-member, pages of at most 50). Nodes carry the identifiers CMIOT lists; inventory fields (category, tags, ...) are null: ask card(iccid) for them',
  })
  async cardGroupMembers(@Args(() => CardGroupMembersArgs) args: CardGroupMembersArgs, @Ctx() ctx: GatewayContext): Promise<CardConnection> {
    const groupId = checkGroupId(args.groupId);
    const limit = checkGroupPageSize(args.first);
    const offset = offsetAfter(args.after, CURSOR);
    const cmiot = requireUpstream(ctx.upstreams, 'cmiot');
    if (limit > CMIOT_LIMITS.groupMemberPage) throw new RangeError('group-member pages hold at most 50 members');
    // A window aligned to its size is one `query/group-member` call, any other two (§5).
    const { items, total } = await fetchWindow(offset, limit, (page) => cmiot.cardExtra.groupMembers(groupId, page.page, page.pageSize));
    return connectionOf(items, offset, total, CURSOR);
  }
}
