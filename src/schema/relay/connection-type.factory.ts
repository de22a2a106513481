import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/**
 * Relay connection types for any node type, as type-graphql's generic-types example builds
 * them: `class VoucherConnection extends ConnectionType(Voucher) {}` gives `VoucherConnection`
 * and `VoucherEdge`, the same shape as `CardConnection`, filled by `connectionOf` in
 * `../connection.ts`.
 */
export function ConnectionType<TNode extends object>(node: ClassType<TNode>) {
  @ObjectType(`${node.name}Edge`, { description: `One ${node.name} of a page, with its cursor` })
  class Edge {
    @Field(() => String, { description: 'Pass as after to get the items after this one' })
    cursor!: string;

    @Field(() => node, { description: 'The item' })
    node!: TNode;
  }

  @ObjectType()
  abstract class Connection {
    @Field(() => [Edge], { description: 'The items of this page, in the upstream order' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages follow' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items across all pages' })
    totalCount!: number;
  }
  return Connection;
}
