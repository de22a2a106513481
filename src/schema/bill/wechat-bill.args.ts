import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../relay/page.args';
import { WechatBillType } from './wechat-bill-type.enum';

@ArgsType()
export class WechatBillArgs extends PageArgs {
  @Field(() => String, { description: 'The WeChat Pay merchant, e.g. M-WX-0001' })
  merchantId!: string;

  @Field(() => String, { description: 'A past day, yyyy-MM-dd, Asia/Shanghai; today is not ready' })
  billDate!: string;

  @Field(() => WechatBillType, { defaultValue: 'ALL', description: 'Which orders' })
  billType!: WechatBillType;
}
