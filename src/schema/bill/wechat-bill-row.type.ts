import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';

@ObjectType({ description: 'One order or refund of a WeChat Pay bill (对账单)' })
export class WechatBillRow {
  @Field(() => GraphQLDateTimeISO, { description: 'When it happened (交易时间)' })
  tradeTime!: Date;

  @Field(() => String, { description: "The merchant's WeChat appId" })
  appId!: string;

  @Field(() => String, { description: "The merchant's mchId" })
  mchId!: string;

  @Field(() => String, { description: "WeChat Pay's transaction id (微信订单号)" })
  transactionId!: string;

  @Field(() => String, { nullable: true, description: "The merchant's own order number (商户订单号)" })
  outTradeNo!: string | null;

  @Field(() => String, { nullable: true, description: "The payer's openId" })
  openId!: string | null;

  @Field(() => String, { description: 'e.g. JSAPI, NATIVE, MWEB (交易类型)' })
  tradeType!: string;

  @Field(() => String, { description: 'e.g. SUCCESS, REFUND (交易状态)' })
  tradeState!: string;

  @Field(() => Money, { description: 'The order amount' })
  amount!: Money;

  @Field(() => String, { nullable: true, description: 'The refund number, on a refund row' })
  refundNo!: string | null;

  @Field(() => Money, { description: 'The refunded amount; zero on a payment row' })
  refundAmount!: Money;
}
