import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "WeChat JSAPI parameters for WeixinJSBridge.invoke('getBrandWCPayRequest'), WeChat's own names" })
export class JsapiParams {
  @Field(() => String, { description: 'The WeChat app id' })
  appId!: string;

  @Field(() => String, { description: 'Unix seconds, as a string' })
  timeStamp!: string;

  @Field(() => String, { description: 'A random string' })
  nonceStr!: string;

  @Field(() => String, { description: 'prepay_id=...' })
  package!: string;

  @Field(() => String, { description: 'The signature algorithm, e.g. RSA' })
  signType!: string;

  @Field(() => String, { description: 'The signature over the other fields' })
  paySign!: string;
}
