import { Field, InputType, Int } from 'type-graphql';

/**
 * The account number and holder name are taken in clear and go no further than the gateway's
 * encryption with the merchant's public key (`shingsou.md` §6.4.1): no field returns them, no
 * error quotes them, no log line holds them, nothing stores them.
 */
@InputType({ description: 'A transfer from a WeChat Pay merchant to a bank card (企业付款到银行卡)' })
export class CreateBankTransferInput {
  @Field(() => String, { description: "The WeChat Pay merchant's id, e.g. M-WX-0001" })
  merchantId!: string;

  @Field(() => String, { nullable: true, description: 'Idempotency key, 1-32 letters, digits, _ or - (WeChat Pay takes 32). Generated when absent' })
  partnerTradeNo?: string | null;

  @Field(() => String, { description: 'The bank account number, 12 to 19 digits. Encrypted by the gateway; never returned or logged' })
  bankNo!: string;

  @Field(() => String, { description: "The account holder's name. Encrypted by the gateway; never returned or logged" })
  trueName!: string;

  @Field(() => String, { description: "WeChat Pay's 4-digit bank code, e.g. 1002 工商银行, 1005 农业银行, 1026 中国银行, 1003 建设银行, 1001 招商银行" })
  bankCode!: string;

  @Field(() => Int, { description: 'Amount in fen, 30 (¥0.30) to 10,000,000; WeChat Pay adds a fee of 0.1 % (at least ¥1, at most ¥25)' })
  amount!: number;

  @Field(() => String, { nullable: true, description: 'A note for the payee (付款说明), at most 100 characters; optional' })
  description?: string | null;
}
