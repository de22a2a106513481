import { Field, ObjectType } from 'type-graphql';

/**
 * Who a WeChat code belongs to (`shingsou.md` §6.4.1). The provider's `sessionKey` of a mini-program
 * login is not a field and never will be: it is the server's secret, which the provider forbids
 * sending to the client; the gateway drops it where it parses the answer.
 */
@ObjectType({ description: 'The WeChat user a code was issued for' })
export class WechatIdentity {
  @Field(() => String, { description: "The user's openId under the merchant's app" })
  openId!: string;

  @Field(() => String, { nullable: true, description: "The user's unionId across the company's apps; null when the app is not bound to an Open Platform account" })
  unionId!: string | null;

  @Field(() => String, { nullable: true, description: 'The OAuth scope granted, e.g. snsapi_base; null for a mini-program login' })
  scope!: string | null;
}
