import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class WechatOAuthArgs {
  @Field(() => String, { description: 'The WeChat Pay merchant whose app the page belongs to, e.g. M-WX-0001' })
  merchantId!: string;

  @Field(() => String, { description: 'The code WeChat appended to the page URL after 网页授权; works once, for 5 minutes' })
  code!: string;
}
