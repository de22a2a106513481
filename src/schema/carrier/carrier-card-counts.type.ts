import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { StateCount } from './state-count.type';

@ObjectType({
  description:
    "A carrier's cards counted. byState counts the Shingsou inventory by its stored status (one filtered count per raw " +
    "code of the carrier's table, not a live read; CMIOT-only cards are not in it). Cached for 30 minutes.",
})
export class CarrierCardCounts {
  @Field(() => Int, { description: 'Inventory cards of this carrier' })
  total!: number;

  @Field(() => [StateCount], { description: 'Every normalized state with at least one card; cards with a code outside the table count as UNKNOWN' })
  byState!: StateCount[];

  @Field(() => GraphQLDateTimeISO, { description: 'When the upstreams were counted' })
  countedAt!: Date;
}
