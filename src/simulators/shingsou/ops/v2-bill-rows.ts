/**
 * What the bill files of `shingsou.md` §6.4.1 list, from the merchant's orders (pays, refunds)
 * and payouts over a period `[from, to)`. Each row says what happened within the period, so the
 * `#total` row is the sum of its columns:
 *
 * - Alipay: one row per order paid or refunded in the period; `amount` counts when it was paid
 *   in the period, `refundAmount` is what was refunded in it, and `paidAt` / `refundedAt` (the
 *   last refund) are empty when outside it.
 * - WeChat Pay bill: one row per event: a pay (`SUCCESS`, `amount`) or a refund (`REFUND`,
 *   `amount` 0, `refundNo`, `refundAmount`), by time.
 * - WeChat Pay fund flow (`Basic` account; `Operation` and `Fees` have no rows in the simulator):
 *   pays are income; refunds, wallet transfers, bank transfers and their fee are expense; a bank
 *   transfer that ended `BANK_FAIL` moved no money. `balance` runs from the day's opening balance,
 *   the `transferDailyBalance` knob.
 */
import type { SimMerchant, SimOrder } from '../../fleet/catalog-types';
import type { Fleet } from '../../fleet/fleet';
import { formatDay, isoShanghai } from '../../shared/time';
import type { PayoutState } from '../payout-state';
import type { CsvValue } from './v2-bill-csv';

export interface Period {
  from: number;
  to: number;
}

const within = (ms: number | null, p: Period): ms is number => ms !== null && ms >= p.from && ms < p.to;

const merchantOrders = (fleet: Fleet, merchant: SimMerchant): SimOrder[] => fleet.orders.filter((o) => o.merchantId === merchant.id);

export const ALIPAY_BILL_HEADER = ['tradeNo', 'outTradeNo', 'subject', 'amount', 'refundAmount', 'status', 'paidAt', 'refundedAt'];

export function alipayBill(fleet: Fleet, merchant: SimMerchant, period: Period): { rows: CsvValue[][]; total: CsvValue[] } {
  const lines: { at: number; row: CsvValue[] }[] = [];
  let amount = 0;
  let refundAmount = 0;
  for (const o of merchantOrders(fleet, merchant)) {
    const paid = within(o.paidAt, period) ? o.paidAt : null;
    const refunds = o.refunds.filter((r) => within(r.refundedAt, period));
    if (paid === null && refunds.length === 0) continue;
    const paidAmount = paid === null ? 0 : o.amount;
    const refunded = refunds.reduce((sum, r) => sum + r.refundAmount, 0);
    const lastRefund = refunds.length === 0 ? null : Math.max(...refunds.map((r) => r.refundedAt));
    amount += paidAmount;
    refundAmount += refunded;
    lines.push({
      at: paid ?? Math.min(...refunds.map((r) => r.refundedAt)),
      row: [o.orderNo, o.outTradeNo, o.subject, paidAmount, refunded, o.status, paid === null ? null : isoShanghai(paid), lastRefund === null ? null : isoShanghai(lastRefund)],
    });
  }
  lines.sort((a, b) => a.at - b.at);
  return { rows: lines.map((l) => l.row), total: [lines.length, amount, refundAmount] };
}

export const WECHAT_BILL_HEADER = ['tradeTime', 'appId', 'mchId', 'transactionId', 'outTradeNo', 'openId', 'tradeType', 'tradeState', 'amount', 'refundNo', 'refundAmount'];

/** WeChat's `trade_type` for our pay methods; a mini-program pays through JSAPI. */
const TRADE_TYPES: Record<string, string> = {
  WECHAT_JSAPI: 'JSAPI',
  WECHAT_MINIPROGRAM: 'JSAPI',
  WECHAT_APP: 'APP',
  WECHAT_H5: 'MWEB',
  WECHAT_NATIVE: 'NATIVE',
  WECHAT_MICROPAY: 'MICROPAY',
};

export type WechatBillType = 'ALL' | 'SUCCESS' | 'REFUND';

export function wechatBill(fleet: Fleet, merchant: SimMerchant, period: Period, type: WechatBillType): { rows: CsvValue[][]; total: CsvValue[] } {
  const lines: { at: number; row: CsvValue[] }[] = [];
  for (const o of merchantOrders(fleet, merchant)) {
    const head = (at: number): CsvValue[] => [isoShanghai(at), merchant.appId, merchant.mchId, o.transactionId, o.outTradeNo, null, TRADE_TYPES[o.payMethod] ?? o.payMethod];
    if (type !== 'REFUND' && within(o.paidAt, period)) lines.push({ at: o.paidAt, row: [...head(o.paidAt), 'SUCCESS', o.amount, null, 0] });
    if (type === 'SUCCESS') continue;
    for (const r of o.refunds) if (within(r.refundedAt, period)) lines.push({ at: r.refundedAt, row: [...head(r.refundedAt), 'REFUND', 0, r.refundNo, r.refundAmount] });
  }
  lines.sort((a, b) => a.at - b.at);
  const sum = (i: number) => lines.reduce((s, l) => s + (l.row[i] as number), 0);
  return { rows: lines.map((l) => l.row), total: [lines.length, sum(8), sum(10)] };
}

export const FUNDFLOW_HEADER = ['time', 'businessNo', 'flowNo', 'businessName', 'direction', 'amount', 'balance'];

interface Flow {
  at: number;
  businessNo: string | null;
  businessName: string;
  income: boolean;
  amount: number;
}

export function wechatFundflow(
  fleet: Fleet,
  payouts: PayoutState,
  merchant: SimMerchant,
  period: Period,
  openingBalance: number,
): { rows: CsvValue[][]; total: CsvValue[] } {
  const flows: Flow[] = [];
  for (const o of merchantOrders(fleet, merchant)) {
    if (within(o.paidAt, period)) flows.push({ at: o.paidAt, businessNo: o.transactionId, businessName: '交易', income: true, amount: o.amount });
    for (const r of o.refunds) if (within(r.refundedAt, period)) flows.push({ at: r.refundedAt, businessNo: r.refundNo, businessName: '退款', income: false, amount: r.refundAmount });
  }
  for (const p of payouts.between(merchant.id, period.from, period.to)) {
    if (p.kind === 'WECHAT_TRANSFER') flows.push({ at: p.createdAt, businessNo: p.number, businessName: '企业付款', income: false, amount: p.amount });
    if (p.kind === 'WECHAT_BANK' && p.status !== 'BANK_FAIL') {
      flows.push({ at: p.createdAt, businessNo: p.number, businessName: '企业付款到银行卡', income: false, amount: p.amount });
      flows.push({ at: p.createdAt, businessNo: p.number, businessName: '企业付款到银行卡手续费', income: false, amount: p.fee });
    }
  }
  flows.sort((a, b) => a.at - b.at);
  let balance = openingBalance;
  let income = 0;
  let expense = 0;
  const day = formatDay(period.from);
  const rows = flows.map((f, i): CsvValue[] => {
    balance += f.income ? f.amount : -f.amount;
    if (f.income) income += f.amount;
    else expense += f.amount;
    return [isoShanghai(f.at), f.businessNo, `${day}${String(i + 1).padStart(8, '0')}`, f.businessName, f.income ? '收入' : '支出', f.amount, balance];
  });
  return { rows, total: [rows.length, income, expense] };
}
