import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';

@ObjectType({ description: 'One refund of an order (shingsou.md §6.4)' })
export class Refund {
  @Field(() => String, { description: 'The idempotency key: the same refundNo never refunds twice' })
  refundNo!: string;

  @Field(() => String)
  orderNo!: string;

  @Field(() => Money)
  amount!: Money;

  @Field(() => String, { description: 'The provider status, e.g. SUCCESS' })
  status!: string;

  @Field(() => GraphQLDateTimeISO)
  refundedAt!: Date;
}
