import { z } from 'zod';
import { page } from './wire';

/** DataCard (充值卡) DTOs exactly as on the wire (`shingsou.md` §5.5). `faceValue` is fen. */

export const dataCard = z.object({
  id: z.string(),
  code: z.string(),
  faceValue: z.number().int(),
  batchNo: z.string(),
  status: z.enum(['UNUSED', 'USED', 'EXPIRED']),
  owner: z.string(),
  expiresAt: z.string(),
  usedByCardNo: z.string().nullable(),
  usedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const dataCardPage = page(dataCard);
export type DataCardDto = z.infer<typeof dataCard>;

export const rechargeRecord = z.object({
  id: z.string(),
  code: z.string(),
  cardNo: z.string().nullable(),
  faceValue: z.number().int(),
  rechargedAt: z.string(),
});
export const rechargePage = page(rechargeRecord);
export type RechargeRecordDto = z.infer<typeof rechargeRecord>;

export const generateReceipt = z.object({ batchNo: z.string().min(1), count: z.number().int(), expiresAt: z.string() });

export const voucherTransferReceipt = z.object({ count: z.number().int().nonnegative() });
