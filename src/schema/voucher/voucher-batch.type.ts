import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A batch of generated vouchers (制卡)' })
export class VoucherBatch {
  @Field(() => String, { description: 'The batch number, to list its vouchers with vouchers(batchNo)' })
  batchNo!: string;

  @Field(() => Int, { description: 'How many vouchers were generated' })
  count!: number;

  @Field(() => GraphQLDateTimeISO, { description: "When the batch's vouchers expire" })
  expiresAt!: Date;
}
