import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { requireUpstream } from '../../upstreams';
import { formatShanghaiIso, type Voucher as DomainVoucher, type VoucherRecharge as DomainRecharge } from '../../domain';
import type { GatewayContext } from '../context';
import { SHINGSOU_LIMITS } from '../../upstreams/shingsou/limits';
import { PageArgs } from '../relay/page.args';
import { TransferVouchersArgs } from './transfer-vouchers.args';
import { VouchersArgs } from './vouchers.args';
import { BadUserInputError } from '../errors';
import { GenerateVouchersInput } from './generate-vouchers.input';
import { toMoney } from '../common/money.type';
import { VoucherBatch } from './voucher-batch.type';
import { VoucherConnection } from './voucher-connection.type';
import { VoucherRechargeConnection } from './voucher-recharge-connection.type';
import type { VoucherRechargeRoot } from './voucher-recharge.type';
import { VoucherTransfer } from './voucher-transfer.type';
import type { Voucher } from './voucher.type';
import { WriteOutcome } from '../write-outcome';
import { accountName } from '../back-office/back-office.checks';
import { relayPage } from '../relay/paged';
import type { Connection } from '../relay/connection';

/** `datacard-generate` limits (`shingsou.md` §5.5): count 1..10,000; face value up to ¥10,000. */
const MAX_VOUCHERS_PER_CALL = 10_000;
const MAX_FACE_VALUE_FEN = 1_000_000;
const VOUCHER_ID = /^[\w-]{1,32}$/;

/** Recharge vouchers, 充值卡 (`shingsou.md` §5.5). */
@Resolver()
export class VoucherResolver {
  @Authorized('iot.cardservice.datacard.get')
  @Query(() => VoucherConnection, { nullable: true, description: 'Recharge vouchers (充值卡) held by this account' })
  vouchers(@Args(() => VouchersArgs) args: VouchersArgs, @Ctx() ctx: GatewayContext): Promise<VoucherConnection> {
    const batchNo = args.batchNo?.trim() || undefined;
    if (batchNo !== undefined && !/^[\w-]{1,32}$/.test(batchNo)) throw new BadUserInputError('batchNo', 'a batch number such as B20240501001');
    const status = args.status ?? undefined;
    return relayPage(args, 'voucher', (page) => requireUpstream(ctx.upstreams, 'shingsou').vouchers.list({ ...page, status, batchNo }), toVoucher);
  }

  @Authorized('iot.cardservice.datacard.history')
  @Query(() => VoucherRechargeConnection, { nullable: true, description: 'Recharges made with vouchers (充值记录), newest first' })
  voucherHistory(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: GatewayContext): Promise<Connection<VoucherRechargeRoot>> {
    return relayPage(args, 'recharge', (page) => requireUpstream(ctx.upstreams, 'shingsou').vouchers.history(page), toRecharge);
  }

  @Authorized('iot.cardservice.datacard.generate')
  @UseMiddleware(WriteOutcome)
  @Mutation(() => VoucherBatch, { nullable: true, description: 'Generates a batch of vouchers (制卡); Shingsou 10002 / 10003 come back as UPSTREAM_REJECTED' })
  async generateVouchers(@Arg('input', () => GenerateVouchersInput, { description: 'How many vouchers, their value and expiry' }) input: GenerateVouchersInput, @Ctx() ctx: GatewayContext): Promise<VoucherBatch> {
    const { faceValueFen, count, expiresAt } = input;
    if (!Number.isSafeInteger(faceValueFen) || faceValueFen < 1 || faceValueFen > MAX_FACE_VALUE_FEN) {
      throw new BadUserInputError('input.faceValueFen', `from 1 to ${MAX_FACE_VALUE_FEN} fen`);
    }
    if (count < 1 || count > MAX_VOUCHERS_PER_CALL) throw new BadUserInputError('input.count', `from 1 to ${MAX_VOUCHERS_PER_CALL}`);
    if (expiresAt.getTime() <= Date.now()) throw new BadUserInputError('input.expiresAt', 'must be in the future');
    const batch = await requireUpstream(ctx.upstreams, 'shingsou').vouchers.generate({ faceValueFen, count, expiresAt: formatShanghaiIso(expiresAt.getTime()) });
    return { batchNo: batch.batchNo, count: batch.count, expiresAt: new Date(batch.expiresAt) };
  }

  @Authorized('iot.cardservice.datacard.transfer')
  @UseMiddleware(WriteOutcome)
  @Mutation(() => VoucherTransfer, { nullable: true, description: 'Moves up to 100 vouchers to another account; all or none: an unknown id moves none and is NOT_FOUND' })
  async transferVouchers(@Args(() => TransferVouchersArgs) args: TransferVouchersArgs, @Ctx() ctx: GatewayContext): Promise<VoucherTransfer> {
    const { ids } = args;
    if (ids.length === 0 || ids.length > SHINGSOU_LIMITS.cardsPerRequest) {
      throw new BadUserInputError('ids', `give 1 to ${SHINGSOU_LIMITS.cardsPerRequest} voucher ids (got ${ids.length})`);
    }
    const bad = ids.findIndex((id) => !VOUCHER_ID.test(id));
    if (bad >= 0) throw new BadUserInputError(`ids[${bad}]`, 'a voucher id such as DC000001');
    const consignee = accountName('consignee', args.consignee);
    return { count: await requireUpstream(ctx.upstreams, 'shingsou').vouchers.transfer([...new Set(ids)], consignee) };
  }
}

function toVoucher(voucher: DomainVoucher): Voucher {
  return {
    ...voucher,
    faceValue: toMoney(voucher.faceValueFen),
    expiresAt: new Date(voucher.expiresAt),
    usedAt: voucher.usedAt === null ? null : new Date(voucher.usedAt),
    createdAt: new Date(voucher.createdAt),
  };
}

function toRecharge(recharge: DomainRecharge): VoucherRechargeRoot {
  return { ...recharge, iccid: recharge.card, faceValue: toMoney(recharge.faceValueFen), rechargedAt: new Date(recharge.rechargedAt) };
}
