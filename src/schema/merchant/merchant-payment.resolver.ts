import { Arg, Args, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { carrierFromIccid, carrierName, isIccid, isKnownCarrier, type MerchantPayment as DomainMerchantPayment } from '../../domain';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import type { MerchantOrderRef } from '../../upstreams/shingsou/merchant-payments';
import { MerchantPaymentArgs } from './merchant-payment.args';
import { RefundQueryArgs } from '../order/refund-query.args';
import { BadUserInputError } from '../errors';
import { CreateMerchantPaymentInput } from './create-merchant-payment.input';
import { MerchantOrder } from './merchant-order.type';
import { MerchantPayment } from './merchant-payment.type';
import { toMoney } from '../common/money.type';
import type { PayMethod } from '../payment/pay-method.type';
import { Refund, type RefundRoot } from '../order/refund.type';
import { checkMerchantId } from './merchant.checks';
import { checkMerchantPayment } from './merchant-payment.checks';
import { IdempotentWrite } from '../write-outcome';
import { checkKey, requireProviderScope } from '../payment/payment.checks';
import { toRefundType } from '../payment/payment.mapping';
import { toMerchantOrderType } from './merchant-order.mapping';

/**
 * Payment gateway v2 with a merchant (`shingsou.md` §4.3, §6.4): the pay actions, `Query` and
 * `RefundQuery`. Each scope is `iot.payment.{alipay|wechatpay}.{action}` and depends on the
 * provider argument, so it is checked in code (`requireProviderScope`) before any upstream call.
 */
@Resolver()
export class MerchantPaymentResolver {
  @UseMiddleware(IdempotentWrite('input.outTradeNo', 'MP'))
  @Mutation(() => MerchantPayment, {
    nullable: true,
    description:
      'Creates a payment through a merchant with one v2 pay action (needs iot.payment.{alipay|wechatpay}.{action}). Idempotent on ' +
      'input.outTradeNo (given or generated): every error carries it in extensions.idempotencyKey (extensions.idempotencyKeyArgument ' +
      '"input.outTradeNo"); after UPSTREAM_OUTCOME_UNKNOWN, send it again with that outTradeNo to get the one order, never a second',
  })
  async createMerchantPayment(@Arg('input', () => CreateMerchantPaymentInput, { description: 'The merchant, pay action, amount and payer' }) input: CreateMerchantPaymentInput, @Ctx() ctx: GatewayContext): Promise<MerchantPayment> {
    const { action, request } = checkMerchantPayment(input);
    requireProviderScope(ctx, input.provider, action.wireAction.toLowerCase());
    const shingsou = requireUpstream(ctx.upstreams, 'shingsou');
    if (request.productId !== undefined && request.cardNo !== undefined) {
      // Checked against the cached catalogue (a product read, never a pay call), so the common
      // mistakes are bad input rather than a 422 20004 from the platform (§6.4).
      const pkg = await requireUpstream(ctx.upstreams, 'catalog').packageById(request.productId);
      if (!pkg) throw new BadUserInputError('input.package', `no package ${request.productId} is on sale; see packages`);
      if (pkg.priceFen !== request.amountFen) throw new BadUserInputError('input.amount', `must equal package ${pkg.id}'s price, ${pkg.priceFen} fen`);
      const cardCarrier = isIccid(request.cardNo) ? carrierFromIccid(request.cardNo) : undefined;
      if (cardCarrier !== undefined && isKnownCarrier(cardCarrier) && cardCarrier !== pkg.carrier) {
        throw new BadUserInputError('input.package', `package ${pkg.id} is for ${carrierName(pkg.carrier)} cards; this card is ${carrierName(cardCarrier)}`);
      }
    }
    const payment = await shingsou.merchantPayments.pay(input.provider, action.wireAction, request);
    return toMerchantPaymentType(payment, request.merchantId, { provider: input.provider, channel: action.channel });
  }

  @Query(() => MerchantOrder, { nullable: true, description: "An order as its provider's v2 Query reports it (needs iot.payment.{alipay|wechatpay}.query)" })
  async merchantPayment(@Args(() => MerchantPaymentArgs) args: MerchantPaymentArgs, @Ctx() ctx: GatewayContext): Promise<MerchantOrder> {
    const ref = orderRef(args);
    requireProviderScope(ctx, args.provider, 'query');
    const order = await client(ctx).query(args.provider, ref);
    return toMerchantOrderType(order);
  }

  @Query(() => Refund, { nullable: true, description: 'One refund by its refundNo (needs iot.payment.{alipay|wechatpay}.refundquery)' })
  async refund(@Args(() => RefundQueryArgs) args: RefundQueryArgs, @Ctx() ctx: GatewayContext): Promise<RefundRoot> {
    const refundNo = checkKey(args.refundNo, 'refundNo');
    requireProviderScope(ctx, args.provider, 'refundquery');
    return toRefundType(await client(ctx).refundQuery(args.provider, refundNo), args.provider);
  }
}

function orderRef(args: MerchantPaymentArgs): MerchantOrderRef {
  const given = (value: string | null | undefined): value is string => value !== null && value !== undefined;
  if (given(args.orderNo)) {
    if (given(args.outTradeNo) || given(args.merchantId)) throw new BadUserInputError('orderNo', 'give orderNo, or outTradeNo with merchantId, not both');
    return { orderNo: checkKey(args.orderNo, 'orderNo') };
  }
  if (!given(args.outTradeNo)) throw new BadUserInputError('orderNo', 'give orderNo, or outTradeNo with merchantId');
  if (!given(args.merchantId)) throw new BadUserInputError('merchantId', 'is required with outTradeNo');
  return { outTradeNo: checkKey(args.outTradeNo, 'outTradeNo'), merchantId: checkMerchantId(args.merchantId, 'merchantId') };
}

function client(ctx: GatewayContext) {
  return requireUpstream(ctx.upstreams, 'shingsou').merchantPayments;
}

function toMerchantPaymentType(payment: DomainMerchantPayment, merchantId: string, payMethod: PayMethod): MerchantPayment {
  return { ...payment, merchantId, amount: toMoney(payment.amountFen), payMethod };
}

