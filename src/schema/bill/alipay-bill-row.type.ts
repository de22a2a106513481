import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';

@ObjectType({ description: 'One order of an Alipay bill, paid or refunded in its period' })
export class AlipayBillRow {
  @Field(() => String, { description: "Alipay's trade number (tradeNo)" })
  tradeNo!: string;

  @Field(() => String, { nullable: true, description: "The merchant's own order number" })
  outTradeNo!: string | null;

  @Field(() => String, { description: 'What the payer saw' })
  subject!: string;

  @Field(() => Money, { description: 'The order amount' })
  amount!: Money;

  @Field(() => Money, { description: 'Refunded so far' })
  refundAmount!: Money;

  @Field(() => String, { description: 'The order status as the bill names it, e.g. PAID, REFUNDED' })
  status!: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was paid' })
  paidAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was refunded' })
  refundedAt!: Date | null;
}
