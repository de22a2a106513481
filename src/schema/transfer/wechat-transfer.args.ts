import { ArgsType, Field } from 'type-graphql';

/** A WeChat Pay transfer by its key: to a balance or to a bank card. */
@ArgsType()
export class WechatTransferArgs {
  @Field(() => String, { description: 'The WeChat Pay merchant that made the transfer' })
  merchantId!: string;

  @Field(() => String, { description: "The merchant's key of the transfer" })
  partnerTradeNo!: string;
}
