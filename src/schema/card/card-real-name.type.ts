import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { LiveSource } from './live-source.enum';

@ObjectType({ description: 'Real-name registration (实名) of a card' })
export class CardRealName {
  @Field(() => Boolean, { description: 'True when the card is registered to a verified person (已实名)' })
  verified!: boolean;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was verified; null when unknown (Shingsou does not say)' })
  at!: Date | null;

  @Field(() => LiveSource, { description: 'The upstream that answered' })
  source!: LiveSource;
}
