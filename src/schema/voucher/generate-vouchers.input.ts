import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'datacard-generate (制卡)' })
export class GenerateVouchersInput {
  @Field(() => Int, { description: 'Face value in fen, 1 to 1,000,000 (¥10,000)' })
  faceValueFen!: number;

  @Field(() => Int, { description: '1 to 10,000 vouchers' })
  count!: number;

  @Field(() => GraphQLDateTimeISO, { description: 'Must be in the future' })
  expiresAt!: Date;
}
