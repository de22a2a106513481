import type { AlipayTransfer, AlipayTransferRecord, BankTransfer, BankTransferRecord, WechatTransfer, WechatTransferRecord } from '../../domain';
import type {
  AlipayTransferDto,
  AlipayTransferQueryDto,
  BankTransferDto,
  BankTransferQueryDto,
  WechatTransferDto,
  WechatTransferQueryDto,
} from './wire-transfers';

/** Transfer DTOs to domain objects, and nothing else (`shingsou.md` §6.4.1). */

export function toAlipayTransfer(dto: AlipayTransferDto): AlipayTransfer {
  return { outBizNo: dto.outBizNo, orderId: dto.orderId, payDate: dto.payDate, status: dto.status };
}

export function toAlipayTransferRecord(dto: AlipayTransferQueryDto): AlipayTransferRecord {
  return {
    outBizNo: dto.outBizNo,
    orderId: dto.orderId,
    status: dto.status,
    amountFen: dto.amount,
    maskedPayeeAccount: dto.payeeAccount,
    payDate: dto.payDate,
    failReason: dto.failReason ?? null,
  };
}

export function toWechatTransfer(dto: WechatTransferDto): WechatTransfer {
  return { partnerTradeNo: dto.partnerTradeNo, paymentNo: dto.paymentNo, paymentTime: dto.paymentTime, status: dto.status };
}

export function toWechatTransferRecord(dto: WechatTransferQueryDto): WechatTransferRecord {
  return {
    partnerTradeNo: dto.partnerTradeNo,
    paymentNo: dto.paymentNo,
    status: dto.status,
    openId: dto.openId,
    amountFen: dto.amount,
    description: dto.desc ?? null,
    transferTime: dto.transferTime ?? null,
    paymentTime: dto.paymentTime ?? null,
    reason: dto.reason ?? null,
  };
}

export function toBankTransfer(dto: BankTransferDto): BankTransfer {
  return { partnerTradeNo: dto.partnerTradeNo, paymentNo: dto.paymentNo, amountFen: dto.amount, feeFen: dto.cmmsAmount, status: dto.status };
}

export function toBankTransferRecord(dto: BankTransferQueryDto): BankTransferRecord {
  return {
    partnerTradeNo: dto.partnerTradeNo,
    paymentNo: dto.paymentNo,
    bankNoMd5: dto.bankNoMd5,
    trueNameMd5: dto.trueNameMd5,
    amountFen: dto.amount,
    feeFen: dto.cmmsAmount,
    status: dto.status,
    createdAt: dto.createdAt,
    paySuccessAt: dto.paySuccessAt ?? null,
    reason: dto.reason ?? null,
  };
}
