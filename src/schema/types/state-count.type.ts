import { Field, Int, ObjectType } from 'type-graphql';
import { CardState } from './enums';

@ObjectType({ description: 'How many cards are in one normalized state' })
export class StateCount {
  @Field(() => CardState)
  state!: CardState;

  @Field(() => Int)
  count!: number;
}
