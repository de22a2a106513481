import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.type';

/**
 * Relay connection types for any node type, as type-graphql's generic-types example builds
 * them: `class VoucherConnection extends ConnectionType(Voucher) {}` gives `VoucherConnection`
 * and `VoucherEdge`, the same shape as `CardConnection`, filled by `connectionOf` in
 * `../connection.ts`.
 */
export function ConnectionType<TNode extends object>(node: ClassType<TNode>) {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: TNode;
  }

  @ObjectType()
  abstract class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items across all pages' })
    totalCount!: number;
  }
  return Connection;
}
