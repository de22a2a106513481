import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A batch of generated vouchers (制卡)' })
export class VoucherBatch {
  @Field(() => String)
  batchNo!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => GraphQLDateTimeISO)
  expiresAt!: Date;
}
