import { Args, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { OrderActionArgs } from './order-action.args';
import { RefundOrderArgs } from './refund-order.args';
import { BadUserInputError } from '../errors';
import { OrderStatusChange } from './order-status-change.type';
import { Refund, type RefundRoot } from './refund.type';
import { IdempotentWrite, WriteOutcome } from '../write-outcome';
import { checkKey, checkRefundAmount, requireProviderScope, settledKey } from '../payment/payment.checks';
import { toRefundType } from '../payment/payment.mapping';

/**
 * Refund, close and cancel through the v2 order actions of the order's provider
 * (`shingsou.md` §6.4). Their scopes depend on the provider argument, so each checks it in code
 * (`requireProviderScope`) before any upstream call. An unknown order (21001) is NOT_FOUND naming
 * it; refusals (21002 wrong status, 21003 amount over the refundable one) arrive as
 * UPSTREAM_REJECTED with the code.
 */
@Resolver()
export class OrderActionResolver {
  @UseMiddleware(IdempotentWrite('refundNo', 'RF'))
  @Mutation(() => Refund, {
    nullable: true,
    description:
      'Refunds part or all of a paid order (needs iot.payment.{alipay|wechatpay}.refund). Idempotent on refundNo (given or generated): ' +
      'every error carries it in extensions.idempotencyKey (extensions.idempotencyKeyArgument "refundNo"); after UPSTREAM_OUTCOME_UNKNOWN, ' +
      'send it again with that refundNo: the same refundNo never refunds twice',
  })
  async refundOrder(@Args(() => RefundOrderArgs) args: RefundOrderArgs, @Ctx() ctx: GatewayContext): Promise<RefundRoot> {
    const orderNo = checkKey(args.orderNo, 'orderNo');
    const amountFen = checkRefundAmount(args.amountFen);
    const refundNo = settledKey(args.refundNo, 'refundNo');
    if (args.reason !== null && args.reason !== undefined && args.reason.length > 256) throw new BadUserInputError('reason', 'must be at most 256 characters');
    requireProviderScope(ctx, args.provider, 'refund');
    const refund = await payments(ctx).refund(args.provider, { orderNo, refundNo, amountFen, reason: args.reason ?? undefined });
    return toRefundType(refund, args.provider);
  }

  @UseMiddleware(WriteOutcome)
  @Mutation(() => OrderStatusChange, { nullable: true, description: 'Closes an unpaid order (needs iot.payment.{alipay|wechatpay}.close)' })
  async closeOrder(@Args(() => OrderActionArgs) args: OrderActionArgs, @Ctx() ctx: GatewayContext): Promise<OrderStatusChange> {
    const orderNo = checkKey(args.orderNo, 'orderNo');
    requireProviderScope(ctx, args.provider, 'close');
    return payments(ctx).close(args.provider, orderNo);
  }

  @UseMiddleware(WriteOutcome)
  @Mutation(() => OrderStatusChange, {
    nullable: true,
    description: 'Closes an unpaid order or fully refunds a paid one (needs iot.payment.{alipay|wechatpay}.cancel)',
  })
  async cancelOrder(@Args(() => OrderActionArgs) args: OrderActionArgs, @Ctx() ctx: GatewayContext): Promise<OrderStatusChange> {
    const orderNo = checkKey(args.orderNo, 'orderNo');
    requireProviderScope(ctx, args.provider, 'cancel');
    return payments(ctx).cancel(args.provider, orderNo);
  }
}

function payments(ctx: GatewayContext) {
  return requireUpstream(ctx.upstreams, 'shingsou').payments;
}
