import type {
  AlipayBillRow as DomainAlipayBillRow,
  BillTotal as DomainBillTotal,
  FundFlowRow as DomainFundFlowRow,
  FundFlowTotal as DomainFundFlowTotal,
  WechatBillRow as DomainWechatBillRow,
} from '../../domain';
import { toMoney } from '../common/money.type';
import type { AlipayBillRow } from './alipay-bill-row.type';
import type { BillTotal } from './bill-total.type';
import type { FundFlowRow } from './fund-flow-row.type';
import type { FundFlowTotal } from './fund-flow-total.type';
import type { WechatBillRow } from './wechat-bill-row.type';

/** Parsed statement rows to their GraphQL types: display money, dates. */

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

export function toAlipayBillRowType(row: DomainAlipayBillRow): AlipayBillRow {
  return { ...row, amount: toMoney(row.amountFen), refundAmount: toMoney(row.refundFen), paidAt: date(row.paidAt), refundedAt: date(row.refundedAt) };
}

export function toWechatBillRowType(row: DomainWechatBillRow): WechatBillRow {
  return { ...row, tradeTime: new Date(row.tradeTime), amount: toMoney(row.amountFen), refundAmount: toMoney(row.refundFen) };
}

export function toFundFlowRowType(row: DomainFundFlowRow): FundFlowRow {
  return { ...row, time: new Date(row.time), amount: toMoney(row.amountFen), balance: toMoney(row.balanceFen) };
}

export function toBillTotalType(total: DomainBillTotal): BillTotal {
  return { count: total.count, amount: toMoney(total.amountFen), refundAmount: toMoney(total.refundFen) };
}

export function toFundFlowTotalType(total: DomainFundFlowTotal): FundFlowTotal {
  return { count: total.count, income: toMoney(total.incomeFen), expense: toMoney(total.expenseFen) };
}
