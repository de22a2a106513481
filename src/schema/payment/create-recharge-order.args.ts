import { ArgsType, Field, Int } from 'type-graphql';
import { PayChannel } from './pay-channel.enum';

@ArgsType()
export class CreateRechargeOrderArgs {
  @Field(() => String, { description: 'The card to recharge: ICCID or MSISDN (流量卡号/手机号)' })
  card!: string;

  @Field(() => Int, { description: 'A package id from packages' })
  package!: number;

  @Field(() => PayChannel, { description: 'ALIPAY_WAP, ALIPAY_PC, ALIPAY_SCAN, WECHAT_JSAPI, WECHAT_NATIVE or WECHAT_H5' })
  payMethod!: PayChannel;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key, 1-64 letters, digits, _ or -: a repeat returns the same order. Generated when absent',
  })
  clientOrderNo?: string | null;

  @Field(() => String, { nullable: true, description: "The payer's WeChat openId: required for WECHAT_JSAPI" })
  openId?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the provider sends the payer back (http or https URL)' })
  returnUrl?: string | null;
}
