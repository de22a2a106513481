import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../relay/page.args';
import { AlipayBillType } from './alipay-bill-type.enum';

@ArgsType()
export class AlipayBillArgs extends PageArgs {
  @Field(() => String, { description: 'The Alipay merchant, e.g. M-ALI-0001' })
  merchantId!: string;

  @Field(() => String, { description: 'A past day (yyyy-MM-dd) or a past month (yyyy-MM), Asia/Shanghai; today and this month are not ready' })
  billDate!: string;

  @Field(() => AlipayBillType, { defaultValue: 'TRADE', description: 'Which bill' })
  billType!: AlipayBillType;
}
