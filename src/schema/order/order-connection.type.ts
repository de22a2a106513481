import { Field, Int, ObjectType } from 'type-graphql';
import { Order } from './order.type';
import { PageInfo } from '../relay/page-info.type';

@ObjectType()
export class OrderEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Order)
  node!: Order;
}

@ObjectType({ description: 'A Relay connection over recharge orders, newest first' })
export class OrderConnection {
  @Field(() => [OrderEdge])
  edges!: OrderEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Orders matching the filter, across all pages' })
  totalCount!: number;
}
