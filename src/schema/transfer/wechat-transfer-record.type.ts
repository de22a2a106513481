import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';
import { WechatTransferStatus } from './wechat-transfer-status.enum';

/** WeChat Pay `TransferQuery` (`shingsou.md` §6.4.1). */
@ObjectType({ description: 'A transfer to a WeChat balance, as WeChat Pay reports it now' })
export class WechatTransferRecord {
  @Field(() => String, { description: "The merchant's key of the transfer" })
  partnerTradeNo!: string;

  @Field(() => String, { description: "WeChat Pay's payment number" })
  paymentNo!: string;

  @Field(() => WechatTransferStatus, { description: 'Where it stands' })
  status!: WechatTransferStatus;

  @Field(() => String, { description: "The payee's openId" })
  openId!: string;

  @Field(() => Money, { description: 'The amount moved' })
  amount!: Money;

  @Field(() => String, { nullable: true, description: 'The note the payee saw' })
  description!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the merchant asked for it' })
  transferTime!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was paid; null until then' })
  paymentTime!: Date | null;

  @Field(() => String, { nullable: true, description: "WeChat Pay's reason when FAILED" })
  reason!: string | null;
}
