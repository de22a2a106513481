/**
 * Payment gateway v2 pay actions with a merchant, the v2 order query, and the vendor's error code
 * tables (`upstreams/shingsou.md` §4.3, §6.4-6.6). Money is integer fen.
 */

import type { JsapiParams, OrderStatus, PayChannel, PaymentProvider } from './payments';

/** The pay actions of §4.3, named once for both providers (WebPay is Alipay's, PublicPay WeChat's...). */
export const MerchantPayAction = {
  WEB_PAY: 'WEB_PAY',
  WAP_PAY: 'WAP_PAY',
  APP_PAY: 'APP_PAY',
  SCAN_PAY: 'SCAN_PAY',
  BARCODE_PAY: 'BARCODE_PAY',
  PUBLIC_PAY: 'PUBLIC_PAY',
  APPLET_PAY: 'APPLET_PAY',
} as const;
export type MerchantPayAction = (typeof MerchantPayAction)[keyof typeof MerchantPayAction];

export interface PayActionSpec {
  /** The vendor's action name, the v2 path segment (`/paymentv2/Alipay/WebPay`). */
  wireAction: string;
  /** The `payMethod` the order gets (§4.3). */
  channel: PayChannel;
  /** What the request must carry besides the common fields (§6.4). */
  needs: 'openId' | 'authCode' | null;
}

const spec = (wireAction: string, channel: PayChannel, needs: PayActionSpec['needs'] = null): PayActionSpec => ({ wireAction, channel, needs });

/** §4.3: the pay actions each provider offers; an action missing here is not the provider's. */
const PAY_ACTIONS: Record<PaymentProvider, Partial<Record<MerchantPayAction, PayActionSpec>>> = {
  ALIPAY: {
    WEB_PAY: spec('WebPay', 'ALIPAY_PC'),
    WAP_PAY: spec('WapPay', 'ALIPAY_WAP'),
    APP_PAY: spec('AppPay', 'ALIPAY_APP'),
    SCAN_PAY: spec('ScanPay', 'ALIPAY_SCAN'),
    BARCODE_PAY: spec('BarcodePay', 'ALIPAY_BARCODE', 'authCode'),
  },
  WECHAT_PAY: {
    PUBLIC_PAY: spec('PublicPay', 'WECHAT_JSAPI', 'openId'),
    APP_PAY: spec('AppPay', 'WECHAT_APP'),
    APPLET_PAY: spec('AppletPay', 'WECHAT_MINIPROGRAM', 'openId'),
    WAP_PAY: spec('WapPay', 'WECHAT_H5'),
    SCAN_PAY: spec('ScanPay', 'WECHAT_NATIVE'),
    BARCODE_PAY: spec('BarcodePay', 'WECHAT_MICROPAY', 'authCode'),
  },
};

/** `undefined` when the provider has no such action. */
export function payActionSpec(provider: PaymentProvider, action: MerchantPayAction): PayActionSpec | undefined {
  return PAY_ACTIONS[provider][action];
}

export function payActionsOf(provider: PaymentProvider): MerchantPayAction[] {
  return Object.keys(PAY_ACTIONS[provider]) as MerchantPayAction[];
}

/** The v2 scope of an action, `iot.payment.{alipay|wechatpay}.{action lower case}` (§2.5). */
export function paymentV2Scope(provider: PaymentProvider, wireAction: string): string {
  return `iot.payment.${provider === 'ALIPAY' ? 'alipay' : 'wechatpay'}.${wireAction.toLowerCase()}`;
}

/** The largest amount one pay action may ask for: ¥100,000.00 (DECISION: far above any recharge). */
export const MAX_MERCHANT_PAYMENT_FEN = 10_000_000;

/** Alipay's `orderString` or WeChat's APP parameters (`appid`, `partnerid`...), as sent. */
export interface AppPayParams {
  orderString: string | null;
  appId: string | null;
  partnerId: string | null;
  prepayId: string | null;
  package: string | null;
  nonceStr: string | null;
  timestamp: string | null;
  sign: string | null;
}

/** What a pay action answers (§6.4). `payMethod` is not on the wire: the action names it. */
export interface MerchantPayment {
  orderNo: string;
  outTradeNo: string;
  amountFen: number;
  status: OrderStatus;
  payUrl: string | null;
  qrCode: string | null;
  jsapiParams: JsapiParams | null;
  appParams: AppPayParams | null;
}

/** v2 `Query` (§6.4). */
export interface MerchantOrder {
  orderNo: string;
  outTradeNo: string | null;
  merchantId: string | null;
  amountFen: number;
  status: OrderStatus;
  transactionId: string | null;
  paidAt: string | null;
  refundedFen: number;
}

/** The four `*-codes` tables (§3, §4.1, §4.2). */
export const UpstreamCodeTable = { FLOW_CARD: 'FLOW_CARD', DATA_CARD: 'DATA_CARD', ORDER: 'ORDER', PAYMENT: 'PAYMENT' } as const;
export type UpstreamCodeTable = (typeof UpstreamCodeTable)[keyof typeof UpstreamCodeTable];

/** One row of a vendor error code table, e.g. `10001 Transfer_CardIDCanNotBeLessThanOne 卡号不能少于1个` (§6.5). */
export interface UpstreamCode {
  code: number;
  name: string;
  description: string;
}
