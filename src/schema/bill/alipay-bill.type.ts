import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { AlipayBillRowConnection } from './alipay-bill-row-connection.type';
import { AlipayBillType } from './alipay-bill-type.enum';
import { BillTotal } from './bill-total.type';

/** Alipay `BillDownload` and the file behind its URL (`shingsou.md` §6.4.1). */
@ObjectType({ description: "An Alipay merchant's bill for a day or a month, parsed" })
export class AlipayBill {
  @Field(() => String, { description: 'The merchant' })
  merchantId!: string;

  @Field(() => String, { description: 'The day (yyyy-MM-dd) or month (yyyy-MM) it covers, Asia/Shanghai' })
  billDate!: string;

  @Field(() => AlipayBillType, { description: 'Which bill' })
  billType!: AlipayBillType;

  @Field(() => String, { description: "The file's pre-signed download URL, valid until downloadUrlExpiresAt (about 30 s)" })
  downloadUrl!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When downloadUrl stops working' })
  downloadUrlExpiresAt!: Date;

  @Field(() => AlipayBillRowConnection, { description: 'The rows of this page (first/after of the query)' })
  rows!: AlipayBillRowConnection;

  @Field(() => BillTotal, { description: "The file's totals row" })
  total!: BillTotal;
}
