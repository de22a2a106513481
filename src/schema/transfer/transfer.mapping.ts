import type {
  AlipayTransfer as DomainAlipayTransfer,
  AlipayTransferRecord as DomainAlipayTransferRecord,
  BankTransfer as DomainBankTransfer,
  BankTransferRecord as DomainBankTransferRecord,
  WechatTransfer as DomainWechatTransfer,
  WechatTransferRecord as DomainWechatTransferRecord,
} from '../../domain';
import { toMoney } from '../common/money.type';
import type { AlipayTransferRecord } from './alipay-transfer-record.type';
import type { AlipayTransfer } from './alipay-transfer.type';
import type { BankTransferRecord } from './bank-transfer-record.type';
import type { BankTransfer } from './bank-transfer.type';
import type { WechatTransferRecord } from './wechat-transfer-record.type';
import type { WechatTransfer } from './wechat-transfer.type';

/** Domain transfers to their GraphQL types: display money, dates. */

const date = (iso: string | null) => (iso === null ? null : new Date(iso));

export function toAlipayTransferType(transfer: DomainAlipayTransfer, merchantId: string): AlipayTransfer {
  return { ...transfer, merchantId, payDate: new Date(transfer.payDate) };
}

export function toAlipayTransferRecordType(record: DomainAlipayTransferRecord): AlipayTransferRecord {
  return { ...record, amount: toMoney(record.amountFen), payDate: date(record.payDate) };
}

export function toWechatTransferType(transfer: DomainWechatTransfer, merchantId: string): WechatTransfer {
  return { ...transfer, merchantId, paymentTime: new Date(transfer.paymentTime) };
}

export function toWechatTransferRecordType(record: DomainWechatTransferRecord): WechatTransferRecord {
  return { ...record, amount: toMoney(record.amountFen), transferTime: date(record.transferTime), paymentTime: date(record.paymentTime) };
}

export function toBankTransferType(transfer: DomainBankTransfer, merchantId: string): BankTransfer {
  return { ...transfer, merchantId, amount: toMoney(transfer.amountFen), fee: toMoney(transfer.feeFen) };
}

export function toBankTransferRecordType(record: DomainBankTransferRecord): BankTransferRecord {
  return {
    ...record,
    amount: toMoney(record.amountFen),
    fee: toMoney(record.feeFen),
    createdAt: new Date(record.createdAt),
    paySuccessAt: date(record.paySuccessAt),
  };
}
