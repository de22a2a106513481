/**
 * Bills (`shingsou.md` §6.4.1): Alipay `BillDownload` answers a pre-signed link to the file,
 * valid 30 seconds by the simulator's clock and needing no token (`/__sim/bills/<token>.csv`,
 * served by `sim-payout-routes.ts`); WeChat Pay `BillDownload` and `FundflowDownload` answer the
 * CSV itself. A bill is ready the calendar day (Asia/Shanghai) after its period: today, a future
 * day, or a month not yet over is `23004`.
 */
import { z } from 'zod';
import { randomToken } from '../../shared/random';
import { DAY_MS, isoShanghai, parseShanghaiDay, shanghaiParts, shanghaiMidnight, startOfShanghaiDay } from '../../shared/time';
import { CODES } from '../codes';
import { business, unprocessable } from '../errors';
import { ok, okText, type OpContext, type Operation } from '../gateway/operation';
import { CSV_CONTENT_TYPE, toCsv } from './v2-bill-csv';
import { ALIPAY_BILL_HEADER, alipayBill, FUNDFLOW_HEADER, Period, WECHAT_BILL_HEADER, wechatBill, wechatFundflow } from './v2-bill-rows';
import { ALIPAY, requireActiveMerchant, v2Op, WECHATPAY } from './v2-provider';

/** The provider's link lifetime (§6.4.1). */
export const BILL_LINK_TTL_MS = 30_000;

/** `yyyy-MM-dd` → that day; `yyyy-MM` (Alipay only) → that month; anything else is a 422. */
function period(billDate: string): Period {
  const day = parseShanghaiDay(billDate);
  if (!Number.isNaN(day)) return { from: day, to: day + DAY_MS };
  const first = /^\d{4}-\d{2}$/.test(billDate) ? parseShanghaiDay(`${billDate}-01`) : NaN;
  if (Number.isNaN(first)) throw unprocessable({ billDate: ['must be a real yyyy-MM-dd or yyyy-MM date'] });
  const p = shanghaiParts(first);
  return { from: first, to: shanghaiMidnight(p.year, p.month + 1, 1) };
}

function readyPeriod(ctx: OpContext, billDate: string): Period {
  const p = period(billDate);
  if (p.to > startOfShanghaiDay(ctx.now)) throw business(CODES.BillNotReady);
  return p;
}

const alipayBillDownload = v2Op(ALIPAY, 'BillDownload', 'GET', (ctx) => {
  const q = ctx.params(
    z.object({
      merchantid: z.string().min(1, 'is required'),
      // `signcustomer` (账务明细) lists the same orders as `trade` in the simulator.
      billtype: z.enum(['trade', 'signcustomer']),
      billdate: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be yyyy-MM-dd or yyyy-MM'),
    }),
  );
  const merchant = requireActiveMerchant(ctx, ALIPAY, q.merchantid);
  const bill = alipayBill(ctx.fleet, merchant, readyPeriod(ctx, q.billdate));
  const token = randomToken(24);
  const expiresAt = ctx.now + BILL_LINK_TTL_MS;
  ctx.state.payouts.publishBill(token, toCsv(ALIPAY_BILL_HEADER, bill.rows, bill.total), expiresAt, ctx.now);
  return ok({ billDownloadUrl: `${ctx.baseUrl}/__sim/bills/${token}.csv`, expiresAt: isoShanghai(expiresAt) });
});

const dayParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be yyyy-MM-dd');

const wechatBillDownload = v2Op(WECHATPAY, 'BillDownload', 'GET', (ctx) => {
  const q = ctx.params(z.object({ merchantid: z.string().min(1, 'is required'), billdate: dayParam, billtype: z.enum(['ALL', 'SUCCESS', 'REFUND']) }));
  const merchant = requireActiveMerchant(ctx, WECHATPAY, q.merchantid);
  const bill = wechatBill(ctx.fleet, merchant, readyPeriod(ctx, q.billdate), q.billtype);
  return okText(CSV_CONTENT_TYPE, toCsv(WECHAT_BILL_HEADER, bill.rows, bill.total));
});

const wechatFundflowDownload = v2Op(WECHATPAY, 'FundflowDownload', 'GET', (ctx) => {
  const q = ctx.params(z.object({ merchantid: z.string().min(1, 'is required'), billdate: dayParam, accounttype: z.enum(['Basic', 'Operation', 'Fees']) }));
  const merchant = requireActiveMerchant(ctx, WECHATPAY, q.merchantid);
  const p = readyPeriod(ctx, q.billdate);
  const flow =
    q.accounttype === 'Basic'
      ? wechatFundflow(ctx.fleet, ctx.state.payouts, merchant, p, ctx.state.knobs.get().transferDailyBalance)
      : { rows: [], total: [0, 0, 0] };
  return okText(CSV_CONTENT_TYPE, toCsv(FUNDFLOW_HEADER, flow.rows, flow.total));
});

export const BILL_OPERATIONS: readonly Operation[] = [alipayBillDownload, wechatBillDownload, wechatFundflowDownload];
