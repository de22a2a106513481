import { Field, ObjectType } from 'type-graphql';
import { BillTotal } from './bill-total.type';
import { WechatBillRowConnection } from './wechat-bill-row-connection.type';
import { WechatBillType } from './wechat-bill-type.enum';

/** WeChat Pay `BillDownload` (`shingsou.md` §6.4.1). */
@ObjectType({ description: "A WeChat Pay merchant's bill (对账单) for one day, parsed" })
export class WechatBill {
  @Field(() => String, { description: 'The merchant' })
  merchantId!: string;

  @Field(() => String, { description: 'The day it covers, yyyy-MM-dd, Asia/Shanghai' })
  billDate!: string;

  @Field(() => WechatBillType, { description: 'Which orders it lists' })
  billType!: WechatBillType;

  @Field(() => WechatBillRowConnection, { description: 'The rows of this page (first/after of the query)' })
  rows!: WechatBillRowConnection;

  @Field(() => BillTotal, { description: "The file's totals row" })
  total!: BillTotal;
}
