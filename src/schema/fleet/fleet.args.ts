import { ArgsType, Field, Int } from 'type-graphql';
import { FleetFilterInput } from './fleet-filter.input';
import { FleetOrderInput } from './fleet-order.input';

@ArgsType()
export class FleetArgs {
  @Field(() => FleetFilterInput, { nullable: true, description: 'Which cards; omitted: every stored card' })
  filter?: FleetFilterInput | null;

  @Field(() => FleetOrderInput, { nullable: true, description: 'The order; default ICCID ascending' })
  orderBy?: FleetOrderInput | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 250' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page of the same filter and order' })
  after?: string | null;
}
