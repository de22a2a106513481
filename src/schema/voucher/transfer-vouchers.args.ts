import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class TransferVouchersArgs {
  @Field(() => [String], { description: 'Voucher ids, 1 to 100; all move or none' })
  ids!: string[];

  @Field(() => String, { description: 'The receiving account' })
  consignee!: string;
}
