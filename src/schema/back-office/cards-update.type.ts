import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The answer of updateCards (flowcard-patch)' })
export class CardsUpdate {
  @Field(() => Int, { description: 'How many cards were changed' })
  updated!: number;

  @Field(() => [String], { description: 'The identifiers no upstream card matched, as given' })
  notFound!: string[];
}
