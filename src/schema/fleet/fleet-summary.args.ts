import { ArgsType, Field } from 'type-graphql';
import { FleetFilterInput } from './fleet-filter.input';

@ArgsType()
export class FleetSummaryArgs {
  @Field(() => FleetFilterInput, { nullable: true, description: 'Which cards to count; omitted: every stored card' })
  filter?: FleetFilterInput | null;
}
