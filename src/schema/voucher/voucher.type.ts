import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';
import { VoucherStatus } from './voucher-status.enum';

@ObjectType({ description: 'A recharge voucher (充值卡)' })
export class Voucher {
  @Field(() => String, { description: 'The voucher id' })
  id!: string;

  @Field(() => String, { description: 'The code printed on the voucher' })
  code!: string;

  @Field(() => Money, { description: 'What the voucher is worth' })
  faceValue!: Money;

  @Field(() => String, { description: 'The batch it was generated in, e.g. B20240501001' })
  batchNo!: string;

  @Field(() => VoucherStatus, { description: 'Unused, used or expired' })
  status!: VoucherStatus;

  @Field(() => String, { description: 'The account that holds it' })
  owner!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'After this an unused voucher can no longer be used' })
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: 'The ICCID of the card it recharged, once used' })
  usedByCard!: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was used; null while unused' })
  usedAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was generated' })
  createdAt!: Date;
}
