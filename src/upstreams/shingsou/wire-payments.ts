import { z } from 'zod';
import { page } from './wire';

/** Times are ISO-8601 with offset (§3); one that does not parse fails here, not in a resolver. */
const isoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'an ISO-8601 time');

/**
 * Shingsou payment DTOs exactly as on the wire (`shingsou.md` §6.1-6.4). Unknown extra fields
 * are allowed. Merchant secrets are write-only (§6.4): no schema here reads one, so a secret
 * that an upstream sent back by mistake is dropped at the boundary.
 */

export const productCategory = z.object({
  id: z.number().int(),
  name: z.string(),
  operator: z.number().int(),
  resetPolicy: z.string(),
});
export type ProductCategoryDto = z.infer<typeof productCategory>;
export const productCategoryPage = page(productCategory);

export const product = z.object({
  id: z.number().int(),
  name: z.string(),
  categoryId: z.number().int(),
  categoryName: z.string(),
  operator: z.number().int(),
  price: z.number().int(),
  dataQuotaKb: z.number().int().nullable(),
  resetPolicy: z.string(),
  validityMonths: z.number().int(),
  onSale: z.boolean().optional(),
});
export type ProductDto = z.infer<typeof product>;
export const productPage = page(product);

const orderStatus = z.enum(['UNPAID', 'PAID', 'CLOSED', 'REFUNDED', 'PARTIALLY_REFUNDED']);

export const order = z.object({
  orderNo: z.string(),
  cardNo: z.string().nullable(),
  msisdn: z.string().nullable(),
  productId: z.number().int().nullable(),
  productName: z.string().nullable(),
  amount: z.number().int(),
  dataQuotaKb: z.number().int().nullable(),
  payMethod: z.string(),
  merchantId: z.string().nullable(),
  status: orderStatus,
  statusName: z.string(),
  transactionId: z.string().nullable(),
  createdAt: isoTime,
  paidAt: isoTime.nullable(),
  refundedAmount: z.number().int(),
});
export type OrderDto = z.infer<typeof order>;
export const orderPage = page(order);

const tally = z.object({ count: z.number().int().nonnegative(), amount: z.number().int() });
export const orderStatistic = z.object({ today: tally, yesterday: tally, last7Days: tally });
export type OrderStatisticDto = z.infer<typeof orderStatistic>;

export const jsapiParams = z.object({
  appId: z.string(),
  timeStamp: z.string(),
  nonceStr: z.string(),
  package: z.string(),
  signType: z.string(),
  paySign: z.string(),
});

/** `payment-post` (§6.3). */
export const paymentPostResponse = z.object({
  orderNo: z.string(),
  amount: z.number().int(),
  payMethod: z.string(),
  status: orderStatus,
  expiresAt: isoTime.nullable().optional(),
  payUrl: z.string().nullable().optional(),
  qrCode: z.string().nullable().optional(),
  jsapiParams: jsapiParams.nullable().optional(),
});
export type PaymentPostResponseDto = z.infer<typeof paymentPostResponse>;

/** v2 `Refund` and `RefundQuery` (§6.4). */
export const refundResponse = z.object({
  refundNo: z.string(),
  orderNo: z.string(),
  refundAmount: z.number().int(),
  status: z.string(),
  refundedAt: isoTime,
});
export type RefundDto = z.infer<typeof refundResponse>;

/** v2 `Close` and `Cancel` (§6.4). */
export const orderStatusResponse = z.object({ orderNo: z.string(), status: orderStatus });

export const merchant = z.object({
  id: z.string(),
  provider: z.enum(['ALIPAY', 'WECHAT_PAY']),
  name: z.string(),
  appId: z.string(),
  mchId: z.string().nullable().optional(),
  signType: z.string().nullable().optional(),
  notifyUrl: z.string().nullable().optional(),
  status: z.enum(['ENABLED', 'DISABLED']),
  certificateName: z.string().nullable().optional(),
  hasPrivateKey: z.boolean().optional(),
  hasAlipayPublicKey: z.boolean().optional(),
  hasApiKey: z.boolean().optional(),
  hasAppSecret: z.boolean().optional(),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type MerchantDto = z.infer<typeof merchant>;
export const merchantPage = page(merchant);

/** `UploadCert` (§6.4): DOCUMENTED to return the certificate's name. */
export const uploadCertResponse = z.object({ certificateName: z.string() });
