import { Field, Int, ObjectType } from 'type-graphql';
import { CardState } from '../common/enums';

@ObjectType({ description: 'How many cards are in one normalized state' })
export class StateCount {
  @Field(() => CardState, { description: 'The normalized state' })
  state!: CardState;

  @Field(() => Int, { description: 'How many cards are in it' })
  count!: number;
}
