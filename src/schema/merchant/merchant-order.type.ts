import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';
import { OrderStatus } from '../order/order-status.enum';

/** v2 `Query` (`shingsou.md` §6.4): the provider's view of one order. */
@ObjectType({ description: "An order as its payment provider's v2 Query reports it" })
export class MerchantOrder {
  @Field(() => String, { description: 'The order number' })
  orderNo!: string;

  @Field(() => String, { nullable: true, description: "The merchant's own order number; null on a recharge order without one" })
  outTradeNo!: string | null;

  @Field(() => String, { nullable: true, description: 'The merchant that took the order; null on a recharge order without one' })
  merchantId!: string | null;

  @Field(() => Money, { description: 'The order amount' })
  amount!: Money;

  @Field(() => OrderStatus, { description: 'The order status as the provider reports it' })
  status!: OrderStatus;

  @Field(() => String, { nullable: true, description: "The provider's transaction id once paid" })
  transactionId!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was paid; null while unpaid' })
  paidAt!: Date | null;

  @Field(() => Money, { description: 'The total refunded so far; zero when none' })
  refundedAmount!: Money;
}
