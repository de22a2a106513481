import { Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import { carrierFromIccid, carrierName, isKnownCarrier, isIccid } from '../../domain';
import type { GatewayContext } from '../context';
import { requireUpstream } from '../../upstreams';
import { CreateRechargeOrderArgs } from './create-recharge-order.args';
import { BadUserInputError } from '../errors';
import { Order } from '../order/order.type';
import { RechargePayment } from './recharge-payment.type';
import { IdempotentWrite } from '../write-outcome';
import { checkCardRef, checkRechargeChannel, checkUrl, settledKey } from './payment.checks';
import { toOrderType, toRechargePaymentType } from './payment.mapping';

@Resolver(() => RechargePayment)
export class RechargeResolver {
  /**
   * `payment-post` (`shingsou.md` §6.3) needs `iot.paymentservice.all` (§2.5). The package is
   * checked against the cached catalogue first (a product read, never a payment call), and an
   * ICCID's carrier against the package's, so the common mistakes fail as bad input.
   */
  @Authorized('iot.paymentservice.all')
  @UseMiddleware(IdempotentWrite('clientOrderNo', 'SG'))
  @Mutation(() => RechargePayment, {
    nullable: true,
    description:
      'Creates an unpaid recharge order and returns what the page needs to take payment. Idempotent on clientOrderNo (given or generated): ' +
      'every error carries it in extensions.idempotencyKey (with extensions.idempotencyKeyArgument "clientOrderNo"); after ' +
      'UPSTREAM_OUTCOME_UNKNOWN, send the mutation again with that clientOrderNo to get the one order, never a second',
  })
  async createRechargeOrder(@Args(() => CreateRechargeOrderArgs) args: CreateRechargeOrderArgs, @Ctx() ctx: GatewayContext): Promise<RechargePayment> {
    const cardNo = checkCardRef(args.card, 'card');
    checkRechargeChannel(args.payMethod, args.openId);
    const returnUrl = args.returnUrl === null || args.returnUrl === undefined ? undefined : checkUrl(args.returnUrl, 'returnUrl');
    const clientOrderNo = settledKey(args.clientOrderNo, 'clientOrderNo');
    if (!Number.isSafeInteger(args.package) || args.package < 1) throw new BadUserInputError('package', 'must be a package id from packages');
    const shingsou = requireUpstream(ctx.upstreams, 'shingsou');

    const pkg = await requireUpstream(ctx.upstreams, 'catalog').packageById(args.package);
    if (!pkg) throw new BadUserInputError('package', `no package ${args.package} is on sale; see packages`);
    // Carrier from the ICCID prefix only: an MSISDN says nothing reliable (card-status.md §7.3).
    const cardCarrier = isIccid(cardNo) ? carrierFromIccid(cardNo) : undefined;
    if (cardCarrier !== undefined && isKnownCarrier(cardCarrier) && cardCarrier !== pkg.carrier) {
      throw new BadUserInputError('package', `package ${pkg.id} is for ${carrierName(pkg.carrier)} cards; this card is ${carrierName(cardCarrier)}`);
    }

    const payment = await shingsou.payments.createPayment({
      cardNo,
      productId: pkg.id,
      payMethod: args.payMethod,
      clientOrderNo,
      returnUrl,
      openId: args.openId ?? undefined,
    });
    return toRechargePaymentType(payment, cardNo, clientOrderNo);
  }

  @Authorized('iot.paymentservice.order.get')
  @FieldResolver(() => Order, { nullable: true, description: 'The full order, read from the order list when asked for' })
  async order(@Root() payment: RechargePayment, @Ctx() ctx: GatewayContext): Promise<Order | null> {
    // `order-get` has no lookup by number (`shingsou.md` §6.2): the card's first page of orders,
    // newest first, holds a new one; `null` when it is not there.
    const { orders } = await requireUpstream(ctx.upstreams, 'shingsou').payments.orders({ page: 1, pageSize: 20, keyword: payment.cardNo });
    const found = orders.find((order) => order.orderNo === payment.orderNo);
    return found ? toOrderType(found) : null;
  }
}
