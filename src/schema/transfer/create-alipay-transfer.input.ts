import { Field, InputType, Int } from 'type-graphql';
import { AlipayPayeeType } from './alipay-payee-type.enum';

@InputType({ description: 'A transfer from an Alipay merchant to an Alipay account (单笔转账到支付宝账户)' })
export class CreateAlipayTransferInput {
  @Field(() => String, { description: "The Alipay merchant's id, e.g. M-ALI-0001" })
  merchantId!: string;

  @Field(() => String, { nullable: true, description: 'Idempotency key, 1-64 letters, digits, _ or -. Generated when absent' })
  outBizNo?: string | null;

  @Field(() => AlipayPayeeType, { description: 'How payeeAccount names the payee' })
  payeeType!: AlipayPayeeType;

  @Field(() => String, { description: 'The payee: a login name (e-mail or mobile) or a 2088… user id' })
  payeeAccount!: string;

  @Field(() => Int, { description: 'Amount in fen, 10 (¥0.10) to 10,000,000' })
  amount!: number;

  @Field(() => String, { nullable: true, description: "The payee's real name: Alipay pays only if it matches; optional" })
  payeeRealName?: string | null;

  @Field(() => String, { nullable: true, description: 'What the payee sees, at most 200 characters; optional' })
  remark?: string | null;
}
