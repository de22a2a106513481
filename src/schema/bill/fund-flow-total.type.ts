import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';

@ObjectType({ description: "A fund flow's totals row (#total)" })
export class FundFlowTotal {
  @Field(() => Int, { description: 'Movements in the fund flow' })
  count!: number;

  @Field(() => Money, { description: 'Money in' })
  income!: Money;

  @Field(() => Money, { description: 'Money out' })
  expense!: Money;
}
