/**
 * Transfers out of a merchant's account (`upstreams/shingsou.md` §6.4.1): Alipay 单笔转账到支付宝账户,
 * WeChat Pay 企业付款到零钱 and 企业付款到银行卡, and the WeChat user identity a code is exchanged
 * for. Money is integer fen; times ISO-8601 with offset.
 */

/** The least Alipay moves in one transfer: ¥0.10 (§6.4.1; below it the provider says 23003). */
export const MIN_ALIPAY_TRANSFER_FEN = 10;
/** The least WeChat Pay moves to a balance or a bank card: ¥0.30 (§6.4.1). */
export const MIN_WECHAT_TRANSFER_FEN = 30;
/** The most one transfer may move: ¥100,000.00 (DECISION, as MAX_MERCHANT_PAYMENT_FEN). */
export const MAX_TRANSFER_FEN = 10_000_000;

/** WeChat Pay's `partnerTradeNo` is at most 32 characters (the provider's 商户订单号; the simulator agrees). */
export const WECHAT_KEY_LENGTH = 32;

/** A WeChat openId as the provider issues it: `o` and 27 more characters (§6.4.1, 23001 otherwise). */
export const WECHAT_OPEN_ID = /^o[A-Za-z0-9_-]{27}$/;
/** A bank account number: 12 to 19 digits (§6.4.1, 23001 otherwise). */
export const BANK_ACCOUNT_NUMBER = /^\d{12,19}$/;
/** WeChat Pay's bank code, e.g. `1002` 工商银行 (§6.4.1). */
export const WECHAT_BANK_CODE = /^\d{4}$/;

export const AlipayPayeeType = { LOGON_ID: 'LOGON_ID', USER_ID: 'USER_ID' } as const;
export type AlipayPayeeType = (typeof AlipayPayeeType)[keyof typeof AlipayPayeeType];

export const AlipayTransferStatus = { SUCCESS: 'SUCCESS', FAIL: 'FAIL', DEALING: 'DEALING' } as const;
export type AlipayTransferStatus = (typeof AlipayTransferStatus)[keyof typeof AlipayTransferStatus];

export const WechatTransferStatus = { SUCCESS: 'SUCCESS', FAILED: 'FAILED', PROCESSING: 'PROCESSING' } as const;
export type WechatTransferStatus = (typeof WechatTransferStatus)[keyof typeof WechatTransferStatus];

/** `NO_CHECK`, or `FORCE_CHECK`: the provider pays only if `reUserName` is the payee's real name. */
export const WechatCheckName = { NO_CHECK: 'NO_CHECK', FORCE_CHECK: 'FORCE_CHECK' } as const;
export type WechatCheckName = (typeof WechatCheckName)[keyof typeof WechatCheckName];

export const BankTransferStatus = { PROCESSING: 'PROCESSING', SUCCESS: 'SUCCESS', FAILED: 'FAILED', BANK_FAIL: 'BANK_FAIL' } as const;
export type BankTransferStatus = (typeof BankTransferStatus)[keyof typeof BankTransferStatus];

/** What Alipay `Transfer` answers. */
export interface AlipayTransfer {
  outBizNo: string;
  orderId: string;
  payDate: string;
  status: AlipayTransferStatus;
}

/** Alipay `TransferQuery`: the payee account comes back masked by the provider. */
export interface AlipayTransferRecord {
  outBizNo: string;
  orderId: string;
  status: AlipayTransferStatus;
  amountFen: number;
  maskedPayeeAccount: string;
  payDate: string | null;
  failReason: string | null;
}

/** What WeChat Pay `Transfer` answers. */
export interface WechatTransfer {
  partnerTradeNo: string;
  paymentNo: string;
  paymentTime: string;
  status: WechatTransferStatus;
}

/** WeChat Pay `TransferQuery`. */
export interface WechatTransferRecord {
  partnerTradeNo: string;
  paymentNo: string;
  status: WechatTransferStatus;
  openId: string;
  amountFen: number;
  description: string | null;
  transferTime: string | null;
  paymentTime: string | null;
  reason: string | null;
}

/** What WeChat Pay `TransferToBank` answers: the bank settles later (PROCESSING). */
export interface BankTransfer {
  partnerTradeNo: string;
  paymentNo: string;
  amountFen: number;
  /** The provider's fee, `cmmsAmount`. */
  feeFen: number;
  status: BankTransferStatus;
}

/** WeChat Pay `TransferToBankQuery`: the account number and holder name only as their MD5. */
export interface BankTransferRecord {
  partnerTradeNo: string;
  paymentNo: string;
  bankNoMd5: string;
  trueNameMd5: string;
  amountFen: number;
  feeFen: number;
  status: BankTransferStatus;
  createdAt: string;
  paySuccessAt: string | null;
  reason: string | null;
}

/**
 * Who a WeChat code belongs to (`OAuth`, `Code2Session`). The provider's `sessionKey` is not
 * here on purpose: it is the server's secret and the provider forbids handing it to the client.
 */
export interface WechatIdentity {
  openId: string;
  unionId: string | null;
  /** `snsapi_base` for OAuth; null for a mini-program login. */
  scope: string | null;
}
