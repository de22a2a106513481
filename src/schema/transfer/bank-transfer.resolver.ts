import { Arg, Args, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { requireUpstream } from '../../upstreams';
import { requireScope } from '../auth-checker';
import type { GatewayContext } from '../context';
import { checkMerchantId } from '../merchant/merchant.checks';
import { checkKey } from '../payment/payment.checks';
import { WECHAT_KEY_LENGTH } from '../../domain';
import { withRefusalCodes } from '../refusal-codes';
import { IdempotentWrite } from '../write-outcome';
import { BankTransferRecord } from './bank-transfer-record.type';
import { BankTransfer } from './bank-transfer.type';
import { CreateBankTransferInput } from './create-bank-transfer.input';
import { checkBankTransfer } from './transfer.checks';
import { toBankTransferRecordType, toBankTransferType } from './transfer.mapping';
import { WechatTransferArgs } from './wechat-transfer.args';

/**
 * WeChat Pay 企业付款到银行卡 and its query (`shingsou.md` §6.4.1). The account number and name
 * go from the input to the upstream client, which encrypts them with the merchant's public key
 * (fetched once per merchant and cached); nothing here keeps, returns or logs them.
 */
@Resolver()
export class BankTransferResolver {
  @UseMiddleware(IdempotentWrite('input.partnerTradeNo', 'WB', WECHAT_KEY_LENGTH))
  @Mutation(() => BankTransfer, {
    nullable: true,
    description:
      'Moves money from a WeChat Pay merchant to a bank card (needs iot.payment.wechatpay.transfertobank). The account number and name are ' +
      "encrypted with the merchant's public key and never returned or logged. Idempotent on input.partnerTradeNo (given or generated): every " +
      'error carries it in extensions.idempotencyKey; after UPSTREAM_OUTCOME_UNKNOWN, send it again with that partnerTradeNo. Answers PROCESSING: read bankTransfer',
  })
  async createBankTransfer(@Arg('input', () => CreateBankTransferInput, { description: 'The merchant, bank account and amount' }) input: CreateBankTransferInput, @Ctx() ctx: GatewayContext): Promise<BankTransfer> {
    const request = checkBankTransfer(input);
    requireScope(ctx, 'iot.payment.wechatpay.transfertobank');
    const keys = requireUpstream(ctx.upstreams, 'wechatPublicKeys');
    const transfer = await withRefusalCodes(requireUpstream(ctx.upstreams, 'shingsou').transfers.toBank(request, keys), ctx.log);
    return toBankTransferType(transfer, request.merchantId);
  }

  @Query(() => BankTransferRecord, { nullable: true, description: 'One transfer to a bank card by its partnerTradeNo (needs iot.payment.wechatpay.transfertobankquery)' })
  async bankTransfer(@Args(() => WechatTransferArgs) args: WechatTransferArgs, @Ctx() ctx: GatewayContext): Promise<BankTransferRecord> {
    const merchantId = checkMerchantId(args.merchantId, 'merchantId');
    const partnerTradeNo = checkKey(args.partnerTradeNo, 'partnerTradeNo', WECHAT_KEY_LENGTH);
    requireScope(ctx, 'iot.payment.wechatpay.transfertobankquery');
    return toBankTransferRecordType(await requireUpstream(ctx.upstreams, 'shingsou').transfers.toBankQuery(merchantId, partnerTradeNo));
  }
}
