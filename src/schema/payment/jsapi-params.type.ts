import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "WeChat JSAPI parameters for WeixinJSBridge.invoke('getBrandWCPayRequest'), WeChat's own names" })
export class JsapiParams {
  @Field(() => String)
  appId!: string;

  @Field(() => String)
  timeStamp!: string;

  @Field(() => String)
  nonceStr!: string;

  @Field(() => String, { description: 'prepay_id=...' })
  package!: string;

  @Field(() => String)
  signType!: string;

  @Field(() => String)
  paySign!: string;
}
