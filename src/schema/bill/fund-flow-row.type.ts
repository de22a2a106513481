import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';
import { FundFlowDirection } from './fund-flow-direction.enum';

@ObjectType({ description: 'One movement of a WeChat Pay fund flow (资金账单)' })
export class FundFlowRow {
  @Field(() => GraphQLDateTimeISO, { description: 'When the money moved (记账时间)' })
  time!: Date;

  @Field(() => String, { nullable: true, description: 'The business document it belongs to (业务单号), e.g. a transaction id' })
  businessNo!: string | null;

  @Field(() => String, { description: "WeChat Pay's flow number (资金流水单号)" })
  flowNo!: string;

  @Field(() => String, { description: 'What moved it (业务名称), e.g. 交易, 退款, 企业付款' })
  businessName!: string;

  @Field(() => FundFlowDirection, { description: 'In or out (收支类型)' })
  direction!: FundFlowDirection;

  @Field(() => Money, { description: 'The amount moved' })
  amount!: Money;

  @Field(() => Money, { description: 'The account balance after it (账户结余)' })
  balance!: Money;
}
