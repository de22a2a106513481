import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { requireUpstream } from '../../upstreams';
import { requireScope } from '../auth-checker';
import { checkPageSize } from '../card/card.checks';
import type { GatewayContext } from '../context';
import { checkMerchantId } from '../merchant/merchant.checks';
import { withRefusalCodes } from '../refusal-codes';
import { connectionOf, offsetAfter, type Connection } from '../relay/connection';
import type { PageArgs } from '../relay/page.args';
import { AlipayBill } from './alipay-bill.type';
import { AlipayBillArgs } from './alipay-bill.args';
import { checkBillDate } from './bill.checks';
import { toAlipayBillRowType, toBillTotalType, toFundFlowRowType, toFundFlowTotalType, toWechatBillRowType } from './bill.mapping';
import { WechatBill } from './wechat-bill.type';
import { WechatBillArgs } from './wechat-bill.args';
import { WechatFundFlow } from './wechat-fund-flow.type';
import { WechatFundFlowArgs } from './wechat-fund-flow.args';

/**
 * Bill and fund-flow downloads (`shingsou.md` §6.4.1), parsed into typed rows. The provider
 * hands out the whole file at once, so each page reads the file again and cuts its window: a
 * bill is one merchant's day, small enough for that, and nothing of it is cached (it may hold
 * payers' openIds). BILL_NOT_READY when the provider has not built it yet.
 */
@Resolver()
export class BillResolver {
  @Query(() => AlipayBill, { nullable: true, description: "An Alipay merchant's bill for a past day or month (needs iot.payment.alipay.billdownload)" })
  async alipayBill(@Args(() => AlipayBillArgs) args: AlipayBillArgs, @Ctx() ctx: GatewayContext): Promise<AlipayBill> {
    const merchantId = checkMerchantId(args.merchantId, 'merchantId');
    const billDate = checkBillDate(args.billDate, 'billDate', true);
    const page = checkPage(args, 'alipay-bill');
    requireScope(ctx, 'iot.payment.alipay.billdownload');
    const bill = await withRefusalCodes(requireUpstream(ctx.upstreams, 'shingsou').bills.alipay(merchantId, args.billType, billDate), ctx.log);
    return {
      merchantId,
      billDate,
      billType: args.billType,
      downloadUrl: bill.download.url,
      downloadUrlExpiresAt: new Date(bill.download.expiresAt),
      rows: page(bill.rows, toAlipayBillRowType),
      total: toBillTotalType(bill.total),
    };
  }

  @Query(() => WechatBill, { nullable: true, description: "A WeChat Pay merchant's bill (对账单) for a past day (needs iot.payment.wechatpay.billdownload)" })
  async wechatBill(@Args(() => WechatBillArgs) args: WechatBillArgs, @Ctx() ctx: GatewayContext): Promise<WechatBill> {
    const merchantId = checkMerchantId(args.merchantId, 'merchantId');
    const billDate = checkBillDate(args.billDate, 'billDate', false);
    const page = checkPage(args, 'wechat-bill');
    requireScope(ctx, 'iot.payment.wechatpay.billdownload');
    const bill = await withRefusalCodes(requireUpstream(ctx.upstreams, 'shingsou').bills.wechat(merchantId, args.billType, billDate), ctx.log);
    return { merchantId, billDate, billType: args.billType, rows: page(bill.rows, toWechatBillRowType), total: toBillTotalType(bill.total) };
  }

  @Query(() => WechatFundFlow, { nullable: true, description: "A WeChat Pay merchant account's fund flow (资金账单) for a past day (needs iot.payment.wechatpay.fundflowdownload)" })
  async wechatFundFlow(@Args(() => WechatFundFlowArgs) args: WechatFundFlowArgs, @Ctx() ctx: GatewayContext): Promise<WechatFundFlow> {
    const merchantId = checkMerchantId(args.merchantId, 'merchantId');
    const billDate = checkBillDate(args.billDate, 'billDate', false);
    const page = checkPage(args, 'fund-flow');
    requireScope(ctx, 'iot.payment.wechatpay.fundflowdownload');
    const flow = await withRefusalCodes(requireUpstream(ctx.upstreams, 'shingsou').bills.wechatFundFlow(merchantId, args.accountType, billDate), ctx.log);
    return { merchantId, billDate, accountType: args.accountType, rows: page(flow.rows, toFundFlowRowType), total: toFundFlowTotalType(flow.total) };
  }
}

/** Checks first/after before any call, and gives the function that cuts the page out of all rows. */
function checkPage(args: PageArgs, kind: string): <T, N>(rows: readonly T[], toNode: (row: T) => N) => Connection<N> {
  const limit = checkPageSize(args.first);
  const offset = offsetAfter(args.after, kind);
  return (rows, toNode) => connectionOf(rows.slice(offset, offset + limit).map(toNode), offset, rows.length, kind);
}
