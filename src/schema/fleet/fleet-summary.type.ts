import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { CardState, CarrierCode } from '../common/enums';

@ObjectType({ description: 'How many matching cards are in one state' })
export class FleetStateCount {
  @Field(() => CardState, { description: 'The normalized state, as last read' })
  state!: CardState;

  @Field(() => Int, { description: 'Cards in it' })
  count!: number;
}

@ObjectType({ description: 'How many matching cards one carrier issued' })
export class FleetCarrierCount {
  @Field(() => CarrierCode, { description: 'The carrier' })
  carrier!: CarrierCode;

  @Field(() => Int, { description: 'Cards it issued' })
  count!: number;
}

@ObjectType({ description: 'Totals over the stored cards matching a filter, with how old they may be' })
export class FleetSummary {
  @Field(() => Int, { description: 'Matching cards' })
  total!: number;

  @Field(() => [FleetStateCount], { description: 'Matching cards per state (states with none are left out)' })
  byState!: FleetStateCount[];

  @Field(() => [FleetCarrierCount], { description: 'Matching cards per carrier (carriers with none are left out)' })
  byCarrier!: FleetCarrierCount[];

  @Field(() => Int, { description: "Cards that used 80 % or more of this month's quota" })
  atOrAbove80Percent!: number;

  @Field(() => Int, { description: "Cards that used 100 % or more of this month's quota" })
  atOrAbove100Percent!: number;

  @Field(() => Float, { description: 'Data the matching cards used this month, in KB (a Float: a large fleet passes 2^31 KB)' })
  usedKBThisMonth!: number;

  @Field(() => Float, { description: 'usedKBThisMonth / 1024' })
  usedMBThisMonth!: number;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The oldest reading (inventory, status or usage) among the matching cards: the totals are at least this recent; null when none match' })
  oldestSyncedAt!: Date | null;
}
