import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

/** Deliberately without the name, ID number or phone: they are write-only (`shingsou.md` §5.4). */
@ObjectType({ description: 'The answer of submitRealName (实名认证)' })
export class RealNameVerification {
  @Field(() => String, { description: 'The card verified' })
  iccid!: string;

  @Field(() => Boolean, { description: 'True when the upstream accepted the registration (已实名)' })
  verified!: boolean;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was verified; null when the upstream does not say' })
  verifiedAt!: Date | null;
}
