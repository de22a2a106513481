import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';

@ObjectType({ description: 'One refund of an order' })
export class Refund {
  @Field(() => String, { description: 'The idempotency key: the same refundNo never refunds twice' })
  refundNo!: string;

  @Field(() => String, { description: 'The refunded order' })
  orderNo!: string;

  @Field(() => Money, { description: 'The amount refunded' })
  amount!: Money;

  @Field(() => String, { description: 'The provider status, e.g. SUCCESS' })
  status!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When the refund was made' })
  refundedAt!: Date;
}
