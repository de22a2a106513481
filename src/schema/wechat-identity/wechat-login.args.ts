import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class WechatLoginArgs {
  @Field(() => String, { description: 'The WeChat Pay merchant whose mini program asks, e.g. M-WX-0001' })
  merchantId!: string;

  @Field(() => String, { description: 'The code of wx.login() in the mini program; works once, for 5 minutes' })
  jsCode!: string;
}
