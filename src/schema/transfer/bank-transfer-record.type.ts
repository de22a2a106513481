import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';
import { BankTransferStatus } from './bank-transfer-status.enum';

/** WeChat Pay `TransferToBankQuery` (`shingsou.md` §6.4.1): the account details only as MD5. */
@ObjectType({ description: 'A transfer to a bank card, as WeChat Pay reports it now' })
export class BankTransferRecord {
  @Field(() => String, { description: "The merchant's key of the transfer" })
  partnerTradeNo!: string;

  @Field(() => String, { description: "WeChat Pay's payment number" })
  paymentNo!: string;

  @Field(() => String, { description: 'MD5 (hex) of the bank account number: compare with your own record, the number never comes back' })
  bankNoMd5!: string;

  @Field(() => String, { description: "MD5 (hex) of the holder's name" })
  trueNameMd5!: string;

  @Field(() => Money, { description: 'The amount sent to the account' })
  amount!: Money;

  @Field(() => Money, { description: "WeChat Pay's fee (cmmsAmount)" })
  fee!: Money;

  @Field(() => BankTransferStatus, { description: 'Where it stands' })
  status!: BankTransferStatus;

  @Field(() => GraphQLDateTimeISO, { description: 'When WeChat Pay accepted it' })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the bank credited it; null until SUCCESS' })
  paySuccessAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it FAILED or BANK_FAIL, e.g. 账户信息有误' })
  reason!: string | null;
}
