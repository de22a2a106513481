import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';

@ObjectType({ description: "A bill's totals row (#total)" })
export class BillTotal {
  @Field(() => Int, { description: 'Rows in the bill' })
  count!: number;

  @Field(() => Money, { description: 'Sum of the order amounts' })
  amount!: Money;

  @Field(() => Money, { description: 'Sum of the refunds' })
  refundAmount!: Money;
}
