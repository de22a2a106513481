import { Field, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { LiveSource } from './live-source.enum';

@ObjectType({ description: 'A plan (套餐) a card currently holds, with its validity' })
export class CardPlan {
  @Field(() => String, { nullable: true, description: "The upstream's id; null when it names the plan only (Shingsou)" })
  id!: string | null;

  @Field(() => String, { description: 'e.g. 电信 - 月清零 3GB' })
  name!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the plan took effect; null when the upstream does not say' })
  effectiveAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Null for a plan without an end' })
  expiresAt!: Date | null;

  @Field(() => LiveSource, { description: 'The upstream that answered' })
  source!: LiveSource;
}
