import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "What a mobile app hands to the provider's SDK for APP_PAY: Alipay's orderString, or WeChat's APP parameters" })
export class AppPayParams {
  @Field(() => String, { nullable: true, description: 'Alipay: the signed order string for the Alipay SDK' })
  orderString!: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat: appid' })
  appId!: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat: partnerid (the mchId)' })
  partnerId!: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat: prepayid' })
  prepayId!: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat: package (Sign=WXPay)' })
  package!: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat: noncestr' })
  nonceStr!: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat: timestamp' })
  timestamp!: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat: sign' })
  sign!: string | null;
}
