import { z } from 'zod';
import { jsapiParams } from './wire-payments';

/**
 * Payment-v2 pay action and order query DTOs exactly as on the wire (`shingsou.md` §6.4).
 * Unknown extra fields are allowed.
 */

const isoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'an ISO-8601 time');
const orderStatus = z.enum(['UNPAID', 'PAID', 'CLOSED', 'REFUNDED', 'PARTIALLY_REFUNDED']);

/** Alipay answers `{orderString}`, WeChat Pay its APP parameters under WeChat's own names. */
export const appParams = z.object({
  orderString: z.string().optional(),
  appid: z.string().optional(),
  partnerid: z.string().nullable().optional(),
  prepayid: z.string().optional(),
  package: z.string().optional(),
  noncestr: z.string().optional(),
  timestamp: z.string().optional(),
  sign: z.string().optional(),
});
export type AppParamsDto = z.infer<typeof appParams>;

/** Every pay action (§6.4): BarcodePay answers `PAID` and no pay hand-off. */
export const payResponse = z.object({
  orderNo: z.string(),
  outTradeNo: z.string(),
  amount: z.number().int(),
  status: orderStatus,
  payUrl: z.string().nullable().optional(),
  qrCode: z.string().nullable().optional(),
  jsapiParams: jsapiParams.nullable().optional(),
  appParams: appParams.nullable().optional(),
});
export type PayResponseDto = z.infer<typeof payResponse>;

/** v2 `Query` (§6.4). */
export const orderQueryResponse = z.object({
  orderNo: z.string(),
  outTradeNo: z.string().nullable(),
  merchantId: z.string().nullable(),
  amount: z.number().int(),
  status: orderStatus,
  transactionId: z.string().nullable(),
  paidAt: isoTime.nullable(),
  refundedAmount: z.number().int(),
});
export type OrderQueryDto = z.infer<typeof orderQueryResponse>;
