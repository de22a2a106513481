/**
 * Recharge packages, orders, payments and merchants (`upstreams/shingsou.md` §6). Money is
 * integer fen, data integer KB, times ISO-8601 with offset (ARCHITECTURE.md).
 */

import type { Carrier } from './carrier';

export const PaymentProvider = { ALIPAY: 'ALIPAY', WECHAT_PAY: 'WECHAT_PAY' } as const;
export type PaymentProvider = (typeof PaymentProvider)[keyof typeof PaymentProvider];

/**
 * Pay channels: the v1 `payMethod` values (§6.3) and the ones v2 pay actions give their orders
 * (§4.3: `ALIPAY_{PC,WAP,APP,SCAN,BARCODE}`, `WECHAT_{JSAPI,APP,MINIPROGRAM,H5,NATIVE,MICROPAY}`).
 */
export const PayChannel = {
  ALIPAY_PC: 'ALIPAY_PC',
  ALIPAY_WAP: 'ALIPAY_WAP',
  ALIPAY_APP: 'ALIPAY_APP',
  ALIPAY_SCAN: 'ALIPAY_SCAN',
  ALIPAY_BARCODE: 'ALIPAY_BARCODE',
  WECHAT_JSAPI: 'WECHAT_JSAPI',
  WECHAT_APP: 'WECHAT_APP',
  WECHAT_MINIPROGRAM: 'WECHAT_MINIPROGRAM',
  WECHAT_H5: 'WECHAT_H5',
  WECHAT_NATIVE: 'WECHAT_NATIVE',
  WECHAT_MICROPAY: 'WECHAT_MICROPAY',
} as const;
export type PayChannel = (typeof PayChannel)[keyof typeof PayChannel];

/** The channels `payment-post` accepts (§6.3 table); the others exist only on v2 orders. */
export const RECHARGE_PAY_CHANNELS: ReadonlySet<PayChannel> = new Set([
  PayChannel.ALIPAY_WAP,
  PayChannel.ALIPAY_PC,
  PayChannel.ALIPAY_SCAN,
  PayChannel.WECHAT_JSAPI,
  PayChannel.WECHAT_NATIVE,
  PayChannel.WECHAT_H5,
]);

export function isPayChannel(code: string): code is PayChannel {
  return Object.hasOwn(PayChannel, code);
}

/** The provider whose v2 order actions serve an order of this channel (§4.3). */
export function providerOfChannel(channel: PayChannel): PaymentProvider {
  return channel.startsWith('ALIPAY_') ? PaymentProvider.ALIPAY : PaymentProvider.WECHAT_PAY;
}

export const OrderStatus = {
  UNPAID: 'UNPAID',
  PAID: 'PAID',
  CLOSED: 'CLOSED',
  REFUNDED: 'REFUNDED',
  PARTIALLY_REFUNDED: 'PARTIALLY_REFUNDED',
} as const;
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

export const MerchantStatus = { ENABLED: 'ENABLED', DISABLED: 'DISABLED' } as const;
export type MerchantStatus = (typeof MerchantStatus)[keyof typeof MerchantStatus];

/** 充值套餐分类, e.g. `电信 - 月清零`: a carrier and a reset policy (§6.1). */
export interface PackageCategory {
  id: number;
  name: string;
  carrier: Carrier;
  /** e.g. 月清零 (quota resets monthly), 不清零. */
  resetPolicy: string;
}

/** 充值套餐 (§6.1). */
export interface RechargePackage {
  id: number;
  name: string;
  category: PackageCategory;
  carrier: Carrier;
  priceFen: number;
  /** `null` for a package without a data quota. */
  dataQuotaKb: number | null;
  validityMonths: number;
}

export interface PayMethod {
  provider: PaymentProvider;
  channel: PayChannel;
}

/** 订单 (§6.2). */
export interface Order {
  orderNo: string;
  /** The card's ICCID; `null` on a v2 order without a card. */
  iccid: string | null;
  msisdn: string | null;
  packageId: number | null;
  packageName: string | null;
  amountFen: number;
  dataQuotaKb: number | null;
  /** `null` when the upstream names a channel outside §4.3; `payMethodCode` keeps it. */
  payMethod: PayMethod | null;
  payMethodCode: string;
  merchantId: string | null;
  status: OrderStatus;
  /** The upstream's label, e.g. 已支付. */
  statusLabel: string;
  transactionId: string | null;
  createdAt: string;
  paidAt: string | null;
  refundedFen: number;
}

export interface OrderTally {
  count: number;
  amountFen: number;
}

/** Paid orders per Asia/Shanghai calendar day; `last7Days` includes today (§6.2). */
export interface OrderStatistics {
  today: OrderTally;
  yesterday: OrderTally;
  last7Days: OrderTally;
}

/** WeChat's own JSAPI parameter names (§6.3). */
export interface JsapiParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: string;
  paySign: string;
}

/** What `payment-post` answers: the new order and what the payer needs (§6.3). */
export interface PaymentRequest {
  orderNo: string;
  amountFen: number;
  payMethod: PayMethod | null;
  payMethodCode: string;
  status: OrderStatus;
  expiresAt: string | null;
  payUrl: string | null;
  qrCode: string | null;
  jsapiParams: JsapiParams | null;
}

export interface Refund {
  refundNo: string;
  orderNo: string;
  amountFen: number;
  status: string;
  refundedAt: string;
}

export interface OrderStatusChange {
  orderNo: string;
  status: OrderStatus;
}

/** A payment-v2 merchant (§6.4). Secrets are write-only: only `has*` flags come back. */
export interface Merchant {
  id: string;
  provider: PaymentProvider;
  name: string;
  appId: string;
  mchId: string | null;
  signType: string | null;
  notifyUrl: string | null;
  status: MerchantStatus;
  certificateName: string | null;
  hasPrivateKey: boolean | null;
  hasAlipayPublicKey: boolean | null;
  hasApiKey: boolean | null;
  hasAppSecret: boolean | null;
  createdAt: string;
  updatedAt: string;
}
