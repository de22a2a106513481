import { ArgsType, Field, Int } from 'type-graphql';
import { OrderFilter } from './order-filter.input';

@ArgsType()
export class OrdersArgs {
  @Field(() => OrderFilter, { nullable: true, description: 'Narrows the list; all orders when omitted' })
  filter?: OrderFilter | null;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}
