import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../relay/page.args';
import { WechatFundAccount } from './wechat-fund-account.enum';

@ArgsType()
export class WechatFundFlowArgs extends PageArgs {
  @Field(() => String, { description: 'The WeChat Pay merchant, e.g. M-WX-0001' })
  merchantId!: string;

  @Field(() => String, { description: 'A past day, yyyy-MM-dd, Asia/Shanghai; today is not ready' })
  billDate!: string;

  @Field(() => WechatFundAccount, { defaultValue: 'BASIC', description: 'Which account' })
  accountType!: WechatFundAccount;
}
