import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';

/**
 * What the order list says about refunds. The contract gives the refunded total on an order
 * (`shingsou.md` §6.2) and single refunds only by their number (v2 RefundQuery, §6.4), so
 * there is no list of refund records here.
 */
@ObjectType({ description: "An order's refunds so far" })
export class OrderRefunds {
  @Field(() => Money, { description: 'The total refunded so far; zero when none' })
  refundedAmount!: Money;

  @Field(() => Money, { description: 'What may still be refunded: zero unless the order is PAID or PARTIALLY_REFUNDED' })
  refundableAmount!: Money;
}
