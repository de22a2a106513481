import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Ctx, Field, ObjectType } from 'type-graphql';
import type { PaymentProvider } from '../../domain';
import type { GatewayContext } from '../context';
import { Money } from '../common/money.type';
import { MerchantOrder } from '../merchant/merchant-order.type';
import { requireProviderScope } from '../payment/payment.checks';
import { toMerchantOrderType } from '../merchant/merchant-order.mapping';

/**
 * `order` is an inline field resolver (see `card/card-plan.type.ts`); `provider` is kept for it
 * and is not a field: the refund's provider is the one its order belongs to.
 */
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

  provider!: PaymentProvider;

  /** The provider's v2 `Query`, under its own scope, checked in code as `merchantPayment` does. */
  @Field(() => MerchantOrder, {
    nullable: true,
    description: "The refunded order as its provider's v2 Query reports it now: status and refunded total (needs iot.payment.{alipay|wechatpay}.query)",
  })
  async order(@Ctx() ctx: GatewayContext): Promise<MerchantOrder> {
    requireProviderScope(ctx, this.provider, 'query');
    return toMerchantOrderType(await ctx.loaders.merchantOrder.load({ provider: this.provider, orderNo: this.orderNo }));
  }
}

/** What a resolver returns for a Refund: its data and provider; `order` is resolved from them. */
export type RefundRoot = Omit<Refund, 'order'>;
