import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { AlipayTransferStatus } from './alipay-transfer-status.enum';

/** What Alipay `Transfer` answers (`shingsou.md` §6.4.1). */
@ObjectType({ description: 'A transfer to an Alipay account, as Alipay accepted it' })
export class AlipayTransfer {
  @Field(() => String, { description: 'The idempotency key: send it again (same merchant) to get this transfer back, never a second one' })
  outBizNo!: string;

  @Field(() => String, { description: 'The merchant that paid' })
  merchantId!: string;

  @Field(() => String, { description: "Alipay's transfer order id" })
  orderId!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When Alipay paid it' })
  payDate!: Date;

  @Field(() => AlipayTransferStatus, { description: 'SUCCESS once paid' })
  status!: AlipayTransferStatus;
}
