import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';
import { AlipayTransferStatus } from './alipay-transfer-status.enum';

/** Alipay `TransferQuery` (`shingsou.md` §6.4.1). */
@ObjectType({ description: 'A transfer to an Alipay account, as Alipay reports it now' })
export class AlipayTransferRecord {
  @Field(() => String, { description: "The merchant's key of the transfer" })
  outBizNo!: string;

  @Field(() => String, { description: "Alipay's transfer order id" })
  orderId!: string;

  @Field(() => AlipayTransferStatus, { description: 'Where it stands' })
  status!: AlipayTransferStatus;

  @Field(() => Money, { description: 'The amount moved' })
  amount!: Money;

  @Field(() => String, { description: 'The payee account, masked by Alipay, e.g. ab***@x.com' })
  maskedPayeeAccount!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was paid; null until then' })
  payDate!: Date | null;

  @Field(() => String, { nullable: true, description: "Alipay's reason when FAIL" })
  failReason!: string | null;
}
