import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { WechatTransferStatus } from './wechat-transfer-status.enum';

/** What WeChat Pay `Transfer` answers (`shingsou.md` §6.4.1). */
@ObjectType({ description: 'A transfer to a WeChat balance, as WeChat Pay accepted it' })
export class WechatTransfer {
  @Field(() => String, { description: 'The idempotency key: send it again (same merchant) to get this transfer back, never a second one' })
  partnerTradeNo!: string;

  @Field(() => String, { description: 'The merchant that paid' })
  merchantId!: string;

  @Field(() => String, { description: "WeChat Pay's payment number" })
  paymentNo!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When WeChat Pay paid it' })
  paymentTime!: Date;

  @Field(() => WechatTransferStatus, { description: 'SUCCESS once paid' })
  status!: WechatTransferStatus;
}
