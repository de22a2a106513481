import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Barring, CardState, StatusSource, SuspendReason } from '../common/enums';

@ObjectType({ description: 'A card status: the normalized state with the raw carrier answer beside it' })
export class CardStatus {
  @Field(() => CardState)
  state!: CardState;

  @Field(() => String, { description: 'The raw code exactly as received, e.g. "07", "7", "120000"' })
  rawCode!: string;

  @Field(() => String, { description: "The raw code's Chinese label, e.g. 待激活; empty when the code is unknown" })
  rawLabel!: string;

  @Field(() => StatusSource)
  source!: StatusSource;

  @Field(() => SuspendReason, { nullable: true, description: 'Only when state is SUSPENDED' })
  suspendReason?: SuspendReason | undefined;

  @Field(() => Barring, { nullable: true })
  barring?: Barring | undefined;

  @Field(() => GraphQLDateTimeISO, { description: 'When the upstream answered' })
  checkedAt!: Date;
}
