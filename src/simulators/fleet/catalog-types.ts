/**
 * The non-card parts of the shared dataset: packages, orders, merchants, vouchers, taxonomy.
 * Field names follow the Shingsou DTOs (`shingsou.md` §5.5, §6) so the simulator renders them
 * without renaming; money is integer fen, data integer KB, times epoch ms.
 */
export type SimOperator = 1 | 2 | 3;

export interface SimProductCategory {
  id: number;
  name: string;
  operator: SimOperator;
  resetPolicy: string;
}

export interface SimProduct {
  id: number;
  name: string;
  categoryId: number;
  operator: SimOperator;
  price: number;
  /** `null` for a package without a data quota. */
  dataQuotaKb: number | null;
  resetPolicy: string;
  validityMonths: number;
  onSale: boolean;
}

export type SimOrderStatus = 'UNPAID' | 'PAID' | 'CLOSED' | 'REFUNDED' | 'PARTIALLY_REFUNDED';

export interface SimRefund {
  refundNo: string;
  orderNo: string;
  refundAmount: number;
  reason: string | null;
  refundedAt: number;
}

export interface SimOrder {
  orderNo: string;
  /** ICCID of the recharged card; `null` for a v2 order without a card. */
  cardNo: string | null;
  msisdn: string | null;
  productId: number | null;
  productName: string | null;
  amount: number;
  dataQuotaKb: number | null;
  payMethod: string;
  merchantId: string | null;
  status: SimOrderStatus;
  transactionId: string | null;
  createdAt: number;
  expiresAt: number;
  paidAt: number | null;
  refundedAmount: number;
  refunds: SimRefund[];
  /** Idempotency keys: `clientOrderNo` (v1) and `outTradeNo` (v2). */
  clientOrderNo: string | null;
  outTradeNo: string | null;
  subject: string | null;
  owner: string;
}

export type SimMerchantProvider = 'ALIPAY' | 'WECHAT_PAY';

export interface SimMerchant {
  id: string;
  provider: SimMerchantProvider;
  name: string;
  appId: string;
  /** WeChat Pay only. */
  mchId: string | null;
  signType: string | null;
  notifyUrl: string | null;
  status: 'ENABLED' | 'DISABLED';
  certificateName: string | null;
  /** Write-only (`shingsou.md` §6.4): stored, never rendered, never logged. */
  secrets: Partial<Record<'privateKey' | 'alipayPublicKey' | 'apiKey' | 'appSecret', string>>;
  certificate: Buffer | null;
  createdAt: number;
  updatedAt: number;
}

export type SimVoucherStatus = 'UNUSED' | 'USED' | 'EXPIRED';

export interface SimVoucher {
  id: string;
  code: string;
  faceValue: number;
  batchNo: string;
  status: SimVoucherStatus;
  owner: string;
  expiresAt: number;
  usedByCardNo: string | null;
  usedAt: number | null;
  createdAt: number;
}

export interface SimTaxon {
  id: number;
  name: string;
}
