import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { LiveSource } from './live-source.enum';

@ObjectType({ description: 'Real-name registration (实名) of a card' })
export class CardRealName {
  @Field(() => Boolean)
  verified!: boolean;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was verified; null when unknown (Shingsou does not say)' })
  at!: Date | null;

  @Field(() => LiveSource)
  source!: LiveSource;
}
