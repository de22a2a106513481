import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Authorized, Ctx, Field, ObjectType } from 'type-graphql';
import type { Card as DomainCard } from '../../domain';
import type { GatewayContext } from '../context';
import { Card } from '../card/card.type';
import { Money } from '../common/money.type';

/** `flowCard` is an inline field resolver (see `card/card-plan.type.ts`). */
@ObjectType({ description: 'A recharge with a voucher (充值记录)' })
export class VoucherRecharge {
  @Field(() => String, { description: 'The voucher id' })
  id!: string;

  @Field(() => String, { description: 'The code printed on the voucher' })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The ICCID of the card recharged',
    deprecationReason: 'Use iccid (the same ICCID) or flowCard (the Card itself)',
  })
  card!: string | null;

  @Field(() => String, { nullable: true, description: 'The ICCID of the card recharged' })
  iccid!: string | null;

  @Field(() => Money, { description: 'What the voucher was worth' })
  faceValue!: Money;

  @Field(() => GraphQLDateTimeISO, { description: 'When the card was recharged' })
  rechargedAt!: Date;

  /** Through the request's batched card loader: a page of recharges costs one `flowcard-get`. */
  @Authorized('iot.cardservice.flowcard.get')
  @Field(() => Card, { nullable: true, description: 'The card recharged (batched lookup); null when no upstream knows it any more' })
  async flowCard(@Ctx() ctx: GatewayContext): Promise<DomainCard | null> {
    return this.iccid === null ? null : ctx.loaders.cardById.load(this.iccid);
  }
}

/** What a resolver returns for a recharge: its data fields; `flowCard` is resolved from them. */
export type VoucherRechargeRoot = Omit<VoucherRecharge, 'flowCard'>;
