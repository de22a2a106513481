import { z } from 'zod';

/**
 * Transfer DTOs exactly as on the wire (`shingsou.md` §6.4.1). Unknown extra fields are allowed.
 */

const isoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'an ISO-8601 time');
const fen = z.number().int().nonnegative();

/** Alipay `Transfer` (POST). */
export const alipayTransferResponse = z.object({
  outBizNo: z.string(),
  orderId: z.string(),
  payDate: isoTime,
  status: z.enum(['SUCCESS', 'FAIL', 'DEALING']),
});
export type AlipayTransferDto = z.infer<typeof alipayTransferResponse>;

/** Alipay `TransferQuery` (GET). */
export const alipayTransferQueryResponse = z.object({
  outBizNo: z.string(),
  orderId: z.string(),
  status: z.enum(['SUCCESS', 'FAIL', 'DEALING']),
  amount: fen,
  payeeAccount: z.string(),
  payDate: isoTime.nullable(),
  failReason: z.string().nullable().optional(),
});
export type AlipayTransferQueryDto = z.infer<typeof alipayTransferQueryResponse>;

const wechatStatus = z.enum(['SUCCESS', 'FAILED', 'PROCESSING']);

/** WeChat Pay `Transfer` (POST). */
export const wechatTransferResponse = z.object({
  partnerTradeNo: z.string(),
  paymentNo: z.string(),
  paymentTime: isoTime,
  status: wechatStatus,
});
export type WechatTransferDto = z.infer<typeof wechatTransferResponse>;

/** WeChat Pay `TransferQuery` (GET). */
export const wechatTransferQueryResponse = z.object({
  partnerTradeNo: z.string(),
  paymentNo: z.string(),
  status: wechatStatus,
  openId: z.string(),
  amount: fen,
  desc: z.string().nullable().optional(),
  transferTime: isoTime.nullable().optional(),
  paymentTime: isoTime.nullable().optional(),
  reason: z.string().nullable().optional(),
});
export type WechatTransferQueryDto = z.infer<typeof wechatTransferQueryResponse>;

/** WeChat Pay `PublicKey` (GET): a PKCS#1 PEM. */
export const publicKeyResponse = z.object({
  mchId: z.string(),
  pubKey: z.string().startsWith('-----BEGIN'),
});

const bankStatus = z.enum(['PROCESSING', 'SUCCESS', 'FAILED', 'BANK_FAIL']);

/** WeChat Pay `TransferToBank` (POST). */
export const bankTransferResponse = z.object({
  partnerTradeNo: z.string(),
  paymentNo: z.string(),
  amount: fen,
  cmmsAmount: fen,
  status: bankStatus,
});
export type BankTransferDto = z.infer<typeof bankTransferResponse>;

/** WeChat Pay `TransferToBankQuery` (GET). */
export const bankTransferQueryResponse = z.object({
  partnerTradeNo: z.string(),
  paymentNo: z.string(),
  bankNoMd5: z.string(),
  trueNameMd5: z.string(),
  amount: fen,
  cmmsAmount: fen,
  status: bankStatus,
  createdAt: isoTime,
  paySuccessAt: isoTime.nullable().optional(),
  reason: z.string().nullable().optional(),
});
export type BankTransferQueryDto = z.infer<typeof bankTransferQueryResponse>;
