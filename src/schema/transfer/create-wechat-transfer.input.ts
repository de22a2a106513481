import { Field, InputType, Int } from 'type-graphql';
import { WechatCheckName } from './wechat-check-name.enum';

@InputType({ description: 'A transfer from a WeChat Pay merchant to a WeChat balance (企业付款到零钱)' })
export class CreateWechatTransferInput {
  @Field(() => String, { description: "The WeChat Pay merchant's id, e.g. M-WX-0001" })
  merchantId!: string;

  @Field(() => String, { nullable: true, description: 'Idempotency key, 1-32 letters, digits, _ or - (WeChat Pay takes 32). Generated when absent' })
  partnerTradeNo?: string | null;

  @Field(() => String, { description: "The payee's openId under the merchant's app: o and 27 more characters" })
  openId!: string;

  @Field(() => Int, { description: 'Amount in fen, 30 (¥0.30) to 10,000,000' })
  amount!: number;

  @Field(() => WechatCheckName, { defaultValue: 'NO_CHECK', description: "Whether WeChat Pay checks the payee's real name" })
  checkName!: WechatCheckName;

  @Field(() => String, { nullable: true, description: "The payee's real name: required with FORCE_CHECK" })
  reUserName?: string | null;

  @Field(() => String, { description: 'What the payee sees (付款备注), 1-100 characters' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The IP address of the server asking; optional' })
  clientIp?: string | null;
}
