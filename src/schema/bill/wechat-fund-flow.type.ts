import { Field, ObjectType } from 'type-graphql';
import { FundFlowRowConnection } from './fund-flow-row-connection.type';
import { FundFlowTotal } from './fund-flow-total.type';
import { WechatFundAccount } from './wechat-fund-account.enum';

/** WeChat Pay `FundflowDownload` (`shingsou.md` §6.4.1). */
@ObjectType({ description: "A WeChat Pay merchant account's fund flow (资金账单) for one day, parsed" })
export class WechatFundFlow {
  @Field(() => String, { description: 'The merchant' })
  merchantId!: string;

  @Field(() => String, { description: 'The day it covers, yyyy-MM-dd, Asia/Shanghai' })
  billDate!: string;

  @Field(() => WechatFundAccount, { description: 'Which account' })
  accountType!: WechatFundAccount;

  @Field(() => FundFlowRowConnection, { description: 'The movements of this page (first/after of the query)' })
  rows!: FundFlowRowConnection;

  @Field(() => FundFlowTotal, { description: "The file's totals row" })
  total!: FundFlowTotal;
}
