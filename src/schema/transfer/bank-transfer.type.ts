import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';
import { BankTransferStatus } from './bank-transfer-status.enum';

/** What WeChat Pay `TransferToBank` answers (`shingsou.md` §6.4.1): never the account details. */
@ObjectType({ description: 'A transfer to a bank card, as WeChat Pay accepted it; the bank settles it later' })
export class BankTransfer {
  @Field(() => String, { description: 'The idempotency key: send it again (same merchant) to get this transfer back, never a second one' })
  partnerTradeNo!: string;

  @Field(() => String, { description: 'The merchant that paid' })
  merchantId!: string;

  @Field(() => String, { description: "WeChat Pay's payment number" })
  paymentNo!: string;

  @Field(() => Money, { description: 'The amount sent to the account' })
  amount!: Money;

  @Field(() => Money, { description: "WeChat Pay's fee (cmmsAmount), charged to the merchant" })
  fee!: Money;

  @Field(() => BankTransferStatus, { description: 'PROCESSING at first; read bankTransfer until it settles' })
  status!: BankTransferStatus;
}
