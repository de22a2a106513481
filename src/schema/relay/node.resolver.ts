import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context';
import { decodeGlobalId } from './global-id';
import { findNode, type NodeObject } from './node-lookup';
import { Node, type TaggedNode } from './node.interface';

/**
 * Relay object identification: any `Node` by its global id. The id is decoded first, so a
 * malformed one is BAD_USER_INPUT before any upstream call; the scope is the one of the type's
 * own read, checked by `findNode` once the type is known.
 */
@Resolver(() => Node)
export class NodeResolver {
  @Authorized()
  @Query(() => Node, {
    nullable: true,
    description: 'A Card, Order, Merchant or Package by its global id; null with NOT_FOUND when the upstream no longer knows it, BAD_USER_INPUT for an id this API did not issue',
  })
  async node(@Arg('id', () => ID, { description: 'The id field of a Card, Order, Merchant or Package' }) id: string, @Ctx() ctx: GatewayContext): Promise<NodeObject & TaggedNode> {
    const key = decodeGlobalId(id);
    return { ...(await findNode(ctx, key)), __typename: key.type };
  }
}
