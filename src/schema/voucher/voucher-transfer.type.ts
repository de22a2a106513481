import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The answer of transferVouchers' })
export class VoucherTransfer {
  @Field(() => Int, { description: 'Vouchers moved' })
  count!: number;
}
