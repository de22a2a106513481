/**
 * Statements a merchant downloads (`upstreams/shingsou.md` §6.4.1): Alipay's bill (a file behind
 * a short-lived URL), WeChat Pay's bill and fund flow (the file itself). Rows are typed here;
 * money is integer fen, times ISO-8601 with offset.
 */

import { formatShanghaiDate, formatShanghaiMonth } from './time';

export const AlipayBillType = { TRADE: 'TRADE', SIGNCUSTOMER: 'SIGNCUSTOMER' } as const;
export type AlipayBillType = (typeof AlipayBillType)[keyof typeof AlipayBillType];

export const WechatBillType = { ALL: 'ALL', SUCCESS: 'SUCCESS', REFUND: 'REFUND' } as const;
export type WechatBillType = (typeof WechatBillType)[keyof typeof WechatBillType];

export const WechatFundAccount = { BASIC: 'BASIC', OPERATION: 'OPERATION', FEES: 'FEES' } as const;
export type WechatFundAccount = (typeof WechatFundAccount)[keyof typeof WechatFundAccount];

export const FundFlowDirection = { INCOME: 'INCOME', EXPENSE: 'EXPENSE' } as const;
export type FundFlowDirection = (typeof FundFlowDirection)[keyof typeof FundFlowDirection];

/** One Alipay bill row: an order paid or refunded on the bill's day or month. */
export interface AlipayBillRow {
  tradeNo: string;
  outTradeNo: string | null;
  subject: string;
  amountFen: number;
  refundFen: number;
  status: string;
  paidAt: string | null;
  refundedAt: string | null;
}

/** One WeChat Pay bill row. */
export interface WechatBillRow {
  tradeTime: string;
  appId: string;
  mchId: string;
  transactionId: string;
  outTradeNo: string | null;
  openId: string | null;
  tradeType: string;
  tradeState: string;
  amountFen: number;
  refundNo: string | null;
  refundFen: number;
}

/** One WeChat Pay fund-flow row (资金账单). */
export interface FundFlowRow {
  time: string;
  /** The document it belongs to (a transaction, refund or payment number); null when the provider gives none. */
  businessNo: string | null;
  flowNo: string;
  businessName: string;
  direction: FundFlowDirection;
  amountFen: number;
  balanceFen: number;
}

/** A bill's `#total` row. */
export interface BillTotal {
  count: number;
  amountFen: number;
  refundFen: number;
}

/** A fund flow's `#total` row. */
export interface FundFlowTotal {
  count: number;
  incomeFen: number;
  expenseFen: number;
}

export interface StatementFile<Row, Total> {
  rows: Row[];
  total: Total;
}

export interface AlipayBillDownload {
  url: string;
  expiresAt: string;
}

/**
 * Whether a bill for `billDate` (`yyyy-MM-dd`, or `yyyy-MM` for an Alipay month) can exist yet:
 * the provider builds a day's bill the next day (§6.4.1, 23004 otherwise), and a month's once it
 * has ended. Calendar days are Asia/Shanghai (§3).
 */
export function isBillReady(billDate: string, nowMs: number = Date.now()): boolean {
  return billDate.length === 7 ? billDate < formatShanghaiMonth(nowMs) : billDate < formatShanghaiDate(nowMs);
}
