import { Arg, Args, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { requireUpstream } from '../../upstreams';
import { requireScope } from '../auth-checker';
import type { GatewayContext } from '../context';
import { checkMerchantId } from '../merchant/merchant.checks';
import { checkKey } from '../payment/payment.checks';
import { WECHAT_KEY_LENGTH } from '../../domain';
import { withRefusalCodes } from '../refusal-codes';
import { IdempotentWrite } from '../write-outcome';
import { CreateWechatTransferInput } from './create-wechat-transfer.input';
import { checkWechatTransfer } from './transfer.checks';
import { toWechatTransferRecordType, toWechatTransferType } from './transfer.mapping';
import { WechatTransferRecord } from './wechat-transfer-record.type';
import { WechatTransfer } from './wechat-transfer.type';
import { WechatTransferArgs } from './wechat-transfer.args';

/** WeChat Pay 企业付款到零钱 and its query (`shingsou.md` §6.4.1). */
@Resolver()
export class WechatTransferResolver {
  @UseMiddleware(IdempotentWrite('input.partnerTradeNo', 'WT', WECHAT_KEY_LENGTH))
  @Mutation(() => WechatTransfer, {
    nullable: true,
    description:
      "Moves money from a WeChat Pay merchant to a user's WeChat balance (needs iot.payment.wechatpay.transfer). Idempotent on " +
      'input.partnerTradeNo (given or generated): every error carries it in extensions.idempotencyKey; after UPSTREAM_OUTCOME_UNKNOWN, ' +
      'send it again with that partnerTradeNo to get the one transfer, never a second. INSUFFICIENT_BALANCE when the merchant cannot cover it',
  })
  async createWechatTransfer(@Arg('input', () => CreateWechatTransferInput, { description: 'The merchant, payee openId and amount' }) input: CreateWechatTransferInput, @Ctx() ctx: GatewayContext): Promise<WechatTransfer> {
    const request = checkWechatTransfer(input);
    requireScope(ctx, 'iot.payment.wechatpay.transfer');
    const transfer = await withRefusalCodes(requireUpstream(ctx.upstreams, 'shingsou').transfers.wechat(request), ctx.log);
    return toWechatTransferType(transfer, request.merchantId);
  }

  @Query(() => WechatTransferRecord, { nullable: true, description: 'One transfer to a WeChat balance by its partnerTradeNo (needs iot.payment.wechatpay.transferquery)' })
  async wechatTransfer(@Args(() => WechatTransferArgs) args: WechatTransferArgs, @Ctx() ctx: GatewayContext): Promise<WechatTransferRecord> {
    const merchantId = checkMerchantId(args.merchantId, 'merchantId');
    const partnerTradeNo = checkKey(args.partnerTradeNo, 'partnerTradeNo', WECHAT_KEY_LENGTH);
    requireScope(ctx, 'iot.payment.wechatpay.transferquery');
    return toWechatTransferRecordType(await requireUpstream(ctx.upstreams, 'shingsou').transfers.wechatQuery(merchantId, partnerTradeNo));
  }
}
