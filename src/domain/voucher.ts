/** Recharge vouchers, 充值卡 (`shingsou.md` §5.5). Money in integer fen. */

export const VoucherStatus = {
  /** 未使用. */
  UNUSED: 'UNUSED',
  /** 已使用. */
  USED: 'USED',
  /** 已过期. */
  EXPIRED: 'EXPIRED',
} as const;
export type VoucherStatus = (typeof VoucherStatus)[keyof typeof VoucherStatus];

export interface Voucher {
  id: string;
  /** The code printed on the voucher. */
  code: string;
  faceValueFen: number;
  batchNo: string;
  status: VoucherStatus;
  /** The account that holds it. */
  owner: string;
  expiresAt: string;
  /** The card it recharged (ICCID), once used. */
  usedByCard: string | null;
  usedAt: string | null;
  createdAt: string;
}

/** One recharge with a voucher (充值记录). */
export interface VoucherRecharge {
  id: string;
  code: string;
  card: string | null;
  faceValueFen: number;
  rechargedAt: string;
}

export interface VoucherBatch {
  batchNo: string;
  count: number;
  expiresAt: string;
}

export interface VoucherGeneration {
  faceValueFen: number;
  /** 1..10,000 per call. */
  count: number;
  /** ISO-8601 with offset, in the future. */
  expiresAt: string;
}
