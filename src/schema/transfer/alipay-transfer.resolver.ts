import { Arg, Args, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { requireUpstream } from '../../upstreams';
import { requireScope } from '../auth-checker';
import type { GatewayContext } from '../context';
import { BadUserInputError } from '../errors';
import { checkMerchantId } from '../merchant/merchant.checks';
import { checkKey } from '../payment/payment.checks';
import { withRefusalCodes } from '../refusal-codes';
import { IdempotentWrite } from '../write-outcome';
import { AlipayTransferArgs } from './alipay-transfer.args';
import { AlipayTransferRecord } from './alipay-transfer-record.type';
import { AlipayTransfer } from './alipay-transfer.type';
import { CreateAlipayTransferInput } from './create-alipay-transfer.input';
import { checkAlipayTransfer } from './transfer.checks';
import { toAlipayTransferRecordType, toAlipayTransferType } from './transfer.mapping';

/**
 * Alipay 单笔转账到支付宝账户 and its query (`shingsou.md` §6.4.1). Scopes are checked in code
 * after the input, so a refusal carries the idempotency key like every other error of the write.
 */
@Resolver()
export class AlipayTransferResolver {
  @UseMiddleware(IdempotentWrite('input.outBizNo', 'AT'))
  @Mutation(() => AlipayTransfer, {
    nullable: true,
    description:
      'Moves money from an Alipay merchant to an Alipay account (needs iot.payment.alipay.transfer). Idempotent on input.outBizNo ' +
      '(given or generated): every error carries it in extensions.idempotencyKey; after UPSTREAM_OUTCOME_UNKNOWN, send it again with ' +
      'that outBizNo to get the one transfer, never a second. INSUFFICIENT_BALANCE when the merchant cannot cover it',
  })
  async createAlipayTransfer(@Arg('input', () => CreateAlipayTransferInput, { description: 'The merchant, payee and amount' }) input: CreateAlipayTransferInput, @Ctx() ctx: GatewayContext): Promise<AlipayTransfer> {
    const request = checkAlipayTransfer(input);
    requireScope(ctx, 'iot.payment.alipay.transfer');
    const transfer = await withRefusalCodes(requireUpstream(ctx.upstreams, 'shingsou').transfers.alipay(request), ctx.log);
    return toAlipayTransferType(transfer, request.merchantId);
  }

  @Query(() => AlipayTransferRecord, { nullable: true, description: "One Alipay transfer by the merchant's outBizNo or Alipay's orderId (needs iot.payment.alipay.transferquery)" })
  async alipayTransfer(@Args(() => AlipayTransferArgs) args: AlipayTransferArgs, @Ctx() ctx: GatewayContext): Promise<AlipayTransferRecord> {
    const merchantId = checkMerchantId(args.merchantId, 'merchantId');
    const given = (value: string | null | undefined): value is string => value !== null && value !== undefined;
    if (given(args.outBizNo) === given(args.orderId)) throw new BadUserInputError('outBizNo', 'give outBizNo or orderId, one of them');
    const ref = given(args.outBizNo) ? { outBizNo: checkKey(args.outBizNo, 'outBizNo') } : { orderId: checkKey(args.orderId ?? '', 'orderId') };
    requireScope(ctx, 'iot.payment.alipay.transferquery');
    return toAlipayTransferRecordType(await requireUpstream(ctx.upstreams, 'shingsou').transfers.alipayQuery(merchantId, ref));
  }
}
