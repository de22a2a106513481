import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Barring, CardState, StatusSource, SuspendReason } from '../common/enums';

@ObjectType({ description: 'A card status: the normalized state with the raw carrier answer beside it' })
export class CardStatus {
  @Field(() => CardState, { description: 'The normalized state; UNKNOWN when the raw code is in no table' })
  state!: CardState;

  @Field(() => String, { description: 'The raw code exactly as received, e.g. "07", "7", "120000"' })
  rawCode!: string;

  @Field(() => String, { description: "The raw code's Chinese label, e.g. 待激活; empty when the code is unknown" })
  rawLabel!: string;

  @Field(() => StatusSource, { description: 'The upstream field the raw code came from' })
  source!: StatusSource;

  @Field(() => SuspendReason, { nullable: true, description: 'Only when state is SUSPENDED' })
  suspendReason?: SuspendReason | undefined;

  @Field(() => Barring, { nullable: true, description: 'One-way or two-way barring when the raw code implies it; null otherwise' })
  barring?: Barring | undefined;

  @Field(() => GraphQLDateTimeISO, { description: 'When the upstream answered' })
  checkedAt!: Date;
}
