import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';
import { VoucherStatus } from './voucher-status.enum';

@ObjectType({ description: 'A recharge voucher (充值卡)' })
export class Voucher {
  @Field(() => String)
  id!: string;

  @Field(() => String, { description: 'The code printed on the voucher' })
  code!: string;

  @Field(() => Money)
  faceValue!: Money;

  @Field(() => String)
  batchNo!: string;

  @Field(() => VoucherStatus)
  status!: VoucherStatus;

  @Field(() => String, { description: 'The account that holds it' })
  owner!: string;

  @Field(() => GraphQLDateTimeISO)
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'The ICCID of the card it recharged, once used' })
  usedByCard!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  usedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;
}
