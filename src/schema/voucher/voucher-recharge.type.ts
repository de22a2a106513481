import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';

@ObjectType({ description: 'A recharge with a voucher (充值记录)' })
export class VoucherRecharge {
  @Field(() => String, { description: 'The voucher id' })
  id!: string;

  @Field(() => String, { description: 'The code printed on the voucher' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The ICCID of the card recharged' })
  card!: string | null;

  @Field(() => Money, { description: 'What the voucher was worth' })
  faceValue!: Money;

  @Field(() => GraphQLDateTimeISO, { description: 'When the card was recharged' })
  rechargedAt!: Date;
}
