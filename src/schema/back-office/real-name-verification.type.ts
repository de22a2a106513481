import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

/** Deliberately without the name, ID number or phone: they are write-only (`shingsou.md` §5.4). */
@ObjectType({ description: 'The answer of submitRealName (实名认证)' })
export class RealNameVerification {
  @Field(() => String)
  iccid!: string;

  @Field(() => Boolean)
  verified!: boolean;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  verifiedAt!: Date | null;
}
