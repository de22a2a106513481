/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a transfer to a bank card (企业付款到银行卡) stands */
export type BankTransferStatus =
  /** The bank refused it (e.g. 账户信息有误); the money goes back to the merchant */
  | 'BANK_FAIL'
  /** WeChat Pay could not pay it; reason says why */
  | 'FAILED'
  /** Accepted; the bank has not settled it yet (usually seconds to days) */
  | 'PROCESSING'
  /** The bank credited the account */
  | 'SUCCESS';

/** Why one card of suspendCards / resumeCards was not changed */
export type CardChangeError =
  /** The same change on this card within the cooldown (3 minutes); not retried */
  | 'COOLDOWN'
  /** The request ran out of time (REQUEST_TIMEOUT_MS) during the card lookup, before the change was sent (outcome FAILED) */
  | 'DEADLINE_EXCEEDED'
  /** The card is not in a state this change starts from (see currentState) */
  | 'INVALID_STATE'
  /** No upstream knows the card */
  | 'NOT_FOUND'
  /** Only a customer-requested stop can be resumed here (CMIOT 12098, Shingsou 10102) */
  | 'RESUME_NOT_ALLOWED'
  /** The gateway could not authenticate with the upstream */
  | 'UPSTREAM_AUTH_FAILED'
  /** The upstream refused the request as malformed */
  | 'UPSTREAM_BAD_REQUEST'
  /** The upstream answered something the gateway could not read */
  | 'UPSTREAM_BAD_RESPONSE'
  /** The gateway's endpoints or credentials do not match the upstream; an operator must fix it */
  | 'UPSTREAM_MISCONFIGURED'
  /** The change was sent but not confirmed (outcome UNKNOWN); it may have been applied: read the card's live status before retrying */
  | 'UPSTREAM_OUTCOME_UNKNOWN'
  /** The upstream refused for too many requests; retry later */
  | 'UPSTREAM_RATE_LIMITED'
  /** Another business refusal; see upstreamCode and upstreamMessage */
  | 'UPSTREAM_REJECTED'
  /** The card lookup before the change got no answer in time; nothing was sent (outcome FAILED). A change sent without an answer is UPSTREAM_OUTCOME_UNKNOWN */
  | 'UPSTREAM_TIMEOUT'
  /** The upstream could not be reached or failed internally; retry later */
  | 'UPSTREAM_UNAVAILABLE';

/** A CMIOT batch job; rawStatus keeps the jobStatus 0-4 */
export type CardChangeJobStatus =
  /** 4 处理失败: nothing changed */
  | 'FAILED'
  /** 3 done, some cards refused (see results) */
  | 'PARTLY_FAILED'
  /** 0 待处理 */
  | 'QUEUED'
  /** 1 处理中 */
  | 'RUNNING'
  /** 2 处理完成: every card changed */
  | 'SUCCEEDED'
  /** A jobStatus outside the contract */
  | 'UNKNOWN';

/** What is known of one card of suspendCards / resumeCards, and how to learn the rest */
export type CardChangeOutcome =
  /** The upstream confirmed the change (ok is true) */
  | 'APPLIED'
  /** Refused, or never sent: the card did not change (see error and message). A COOLDOWN may be sent again after the cooldown */
  | 'FAILED'
  /** Queued in a CMIOT batch job that has not finished (pending is true): poll job, or Query.cardChangeJob(id), until done */
  | 'PENDING'
  /** Sent but not confirmed (a timeout, a transport failure, the request's deadline; error UPSTREAM_OUTCOME_UNKNOWN): the card may have changed. Read its live Card.status before sending the change again; never resend blindly */
  | 'UNKNOWN';

/** Where a card is in its life, normalized across carriers */
export type CardState =
  /** 待激活 / 可激活 / 沉默期: activates on first use */
  | 'ACTIVATION_READY'
  /** 正常 / 在用 / 已激活: in service and billed */
  | 'ACTIVE'
  /** 库存: in stock, not deployed */
  | 'INVENTORY'
  /** The carrier says the number does not exist (China Mobile 99) */
  | 'NOT_FOUND'
  /** 预销号 / 预销户 / 已失效: scheduled for cancellation */
  | 'PRE_TERMINATION'
  /** 停机 / 已停用: service stopped, number kept */
  | 'SUSPENDED'
  /** 销号 / 销户 / 已清除 / 过户: cancelled for this customer */
  | 'TERMINATED'
  /** 测试期 / 可测试 / 体验: free usage up to test limits */
  | 'TEST'
  /** No answer yet, or a raw code outside the tables. Never a guess */
  | 'UNKNOWN';

/** The carrier that issued a card */
export type CarrierCode =
  /** 中国移动 (China Mobile) */
  | 'CHINA_MOBILE'
  /** 中国电信 (China Telecom) */
  | 'CHINA_TELECOM'
  /** 中国联通 (China Unicom) */
  | 'CHINA_UNICOM'
  /** Not detected, or a carrier this API does not support (e.g. China Broadnet) */
  | 'UNKNOWN';

/** A transfer from a WeChat Pay merchant to a bank card (企业付款到银行卡) */
export type CreateBankTransferInput = {
  /** Amount in fen, 30 (¥0.30) to 10,000,000; WeChat Pay adds a fee of 0.1 % (at least ¥1, at most ¥25) */
  amount: number;
  /** WeChat Pay's 4-digit bank code, e.g. 1002 工商银行, 1005 农业银行, 1026 中国银行, 1003 建设银行, 1001 招商银行 */
  bankCode: string;
  /** The bank account number, 12 to 19 digits. Encrypted by the gateway; never returned or logged */
  bankNo: string;
  /** A note for the payee (付款说明), at most 100 characters; optional */
  description?: string | null | undefined;
  /** The WeChat Pay merchant's id, e.g. M-WX-0001 */
  merchantId: string;
  /** Idempotency key, 1-32 letters, digits, _ or - (WeChat Pay takes 32). Generated when absent */
  partnerTradeNo?: string | null | undefined;
  /** The account holder's name. Encrypted by the gateway; never returned or logged */
  trueName: string;
};

/** A transfer from a WeChat Pay merchant to a WeChat balance (企业付款到零钱) */
export type CreateWechatTransferInput = {
  /** Amount in fen, 30 (¥0.30) to 10,000,000 */
  amount: number;
  /** Whether WeChat Pay checks the payee's real name */
  checkName?: WechatCheckName;
  /** The IP address of the server asking; optional */
  clientIp?: string | null | undefined;
  /** What the payee sees (付款备注), 1-100 characters */
  description: string;
  /** The WeChat Pay merchant's id, e.g. M-WX-0001 */
  merchantId: string;
  /** The payee's openId under the merchant's app: o and 27 more characters */
  openId: string;
  /** Idempotency key, 1-32 letters, digits, _ or - (WeChat Pay takes 32). Generated when absent */
  partnerTradeNo?: string | null | undefined;
  /** The payee's real name: required with FORCE_CHECK */
  reUserName?: string | null | undefined;
};

/** Whether a merchant may take payments */
export type MerchantStatus =
  /** Refuses new payments */
  | 'DISABLED'
  /** Takes payments */
  | 'ENABLED';

/** Which orders to list; every field narrows the list */
export type OrderFilter = {
  /** The card's ICCID or MSISDN (接入号) */
  card?: string | null | undefined;
  /** First day, yyyy-MM-dd (Asia/Shanghai), included */
  from?: string | null | undefined;
  /** Only orders in this status */
  status?: OrderStatus | null | undefined;
  /** Last day, yyyy-MM-dd (Asia/Shanghai), included */
  to?: string | null | undefined;
};

/** Where a recharge order is in its life */
export type OrderStatus =
  /** 已关闭: closed or cancelled before payment */
  | 'CLOSED'
  /** 已支付: paid */
  | 'PAID'
  /** 部分退款: part of the amount refunded */
  | 'PARTIALLY_REFUNDED'
  /** 已退款: refunded in full */
  | 'REFUNDED'
  /** 待支付: waiting for payment */
  | 'UNPAID';

/** How an order is paid */
export type PayChannel =
  /** 支付宝APP (v2 orders only) */
  | 'ALIPAY_APP'
  /** 支付宝条码 (v2 orders only) */
  | 'ALIPAY_BARCODE'
  /** 支付宝电脑网站: payUrl */
  | 'ALIPAY_PC'
  /** 支付宝扫码: qrCode */
  | 'ALIPAY_SCAN'
  /** 支付宝手机网站: payUrl */
  | 'ALIPAY_WAP'
  /** 微信APP (v2 orders only) */
  | 'WECHAT_APP'
  /** 微信H5: payUrl */
  | 'WECHAT_H5'
  /** 微信公众号: jsapiParams; needs openId */
  | 'WECHAT_JSAPI'
  /** 微信付款码 (v2 orders only) */
  | 'WECHAT_MICROPAY'
  /** 微信小程序 (v2 orders only) */
  | 'WECHAT_MINIPROGRAM'
  /** 微信扫码: qrCode */
  | 'WECHAT_NATIVE';

/** A payment provider of the payment gateway */
export type PaymentProvider =
  /** 支付宝 (Alipay) */
  | 'ALIPAY'
  /** 微信支付 (WeChat Pay) */
  | 'WECHAT_PAY';

/** The upstream field a raw status code came from */
export type StatusSource =
  /** CMIOT v2 single-card status (China Mobile PB code set) */
  | 'CMIOT_V2'
  /** CMIOT v5 status of a OneLink-CT card */
  | 'CMIOT_V5_CT'
  /** CMIOT v5 status of a OneLink-PB card */
  | 'CMIOT_V5_PB'
  /** Shingsou's card status, per-carrier code table */
  | 'SHINGSOU';

/** Why a SUSPENDED card was stopped, where the raw code carries it */
export type SuspendReason =
  /** 欠费停机 / 信控停机: stopped for an unpaid balance */
  | 'ARREARS'
  /** 数据异常停机: stopped for abnormal data use */
  | 'DATA_ANOMALY'
  /** 机卡分离停机: the card left the device it is bound to */
  | 'DEVICE_BINDING'
  /** 停机保号: a customer-requested stop that keeps the number; may be resumed */
  | 'KEEP_NUMBER'
  /** 挂失: reported lost */
  | 'LOST'
  /** 局方原因停机 / 管理停机: stopped by the carrier */
  | 'OPERATOR'
  /** Stopped, but the raw code does not say why */
  | 'OTHER'
  /** 商品到期停机: the NB-IoT plan expired */
  | 'PLAN_EXPIRED'
  /** 未实名制违规停机: stopped because the card is not registered to a person */
  | 'REAL_NAME'
  /** 区域限制停机: used outside its permitted area */
  | 'REGION_LIMIT'
  /** 主动停机 / 用户报停: stopped at the customer's request; may be resumed */
  | 'USER_REQUEST'
  /** 违章停机 / 强制停机: stopped for a rule violation */
  | 'VIOLATION';

/** Whether WeChat Pay checks the payee's real name before paying */
export type WechatCheckName =
  /** Pay only if reUserName is the real name of the openId (needs reUserName) */
  | 'FORCE_CHECK'
  /** Pay without a name check */
  | 'NO_CHECK';

/** Where a transfer to a WeChat balance (企业付款到零钱) stands */
export type WechatTransferStatus =
  /** The transfer failed; reason says why */
  | 'FAILED'
  /** WeChat Pay is still processing it */
  | 'PROCESSING'
  /** The money is in the payee balance */
  | 'SUCCESS';

export type TransferToBankCardMutationVariables = Exact<{
  input: CreateBankTransferInput;
}>;


export type TransferToBankCardMutation = { createBankTransfer: { partnerTradeNo: string, paymentNo: string, status: BankTransferStatus, amount: { formatted: string }, fee: { fen: number, formatted: string } } | null };

export type BankTransferQueryVariables = Exact<{
  merchantId: string;
  partnerTradeNo: string;
}>;


export type BankTransferQuery = { bankTransfer: { partnerTradeNo: string, paymentNo: string, bankNoMd5: string, trueNameMd5: string, status: BankTransferStatus, createdAt: string, paySuccessAt: string | null, reason: string | null, amount: { fen: number }, fee: { fen: number } } | null };

export type AlipayBillQueryVariables = Exact<{
  merchantId: string;
  billDate: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AlipayBillQuery = { alipayBill: { billDate: string, downloadUrl: string, downloadUrlExpiresAt: string, total: { count: number, amount: { fen: number, formatted: string }, refundAmount: { fen: number } }, rows: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { tradeNo: string, outTradeNo: string | null, subject: string, status: string, paidAt: string | null, refundedAt: string | null, amount: { fen: number, formatted: string }, refundAmount: { fen: number } } }> } } | null };

export type CardDetailQueryVariables = Exact<{
  iccid: string;
}>;


export type CardDetailQuery = { card: { id: string, iccid: string, msisdn: string | null, carrier: { code: CarrierCode, name: string }, status: { state: CardState, rawCode: string, rawLabel: string, suspendReason: SuspendReason | null, checkedAt: string } | null, usage: { month: string, usedMB: number, quotaMB: number | null, remainingMB: number | null, asOf: string } | null, location: { lng: number, lat: number, at: string | null } | null } | null };

export type CardByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type CardByIdQuery = { node:
    | { __typename: 'Card', iccid: string, msisdn: string | null, id: string, carrier: { code: CarrierCode, name: string }, status: { state: CardState, rawCode: string } | null }
    | { __typename: 'Merchant', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'Package', id: string }
   | null };

export type FleetDashboardQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  carrier?: CarrierCode | null | undefined;
}>;


export type FleetDashboardQuery = { cards: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, iccid: string, msisdn: string | null, carrier: { code: CarrierCode, name: string }, status: { state: CardState, rawCode: string, rawLabel: string, source: StatusSource, checkedAt: string } | null } }> } | null };

export type MerchantSummaryFragment = { id: string, merchantId: string, provider: PaymentProvider, name: string, appId: string, mchId: string | null, status: MerchantStatus, hasApiKey: boolean | null, hasPrivateKey: boolean | null, updatedAt: string };

export type MerchantsQueryVariables = Exact<{
  provider: PaymentProvider;
}>;


export type MerchantsQuery = { merchants: Array<{ id: string, merchantId: string, provider: PaymentProvider, name: string, appId: string, mchId: string | null, status: MerchantStatus, hasApiKey: boolean | null, hasPrivateKey: boolean | null, updatedAt: string }> | null };

export type MerchantByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type MerchantByIdQuery = { node:
    | { __typename: 'Card', id: string }
    | { __typename: 'Merchant', notifyUrl: string | null, certificateName: string | null, id: string, merchantId: string, provider: PaymentProvider, name: string, appId: string, mchId: string | null, status: MerchantStatus, hasApiKey: boolean | null, hasPrivateKey: boolean | null, updatedAt: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'Package', id: string }
   | null };

export type OrderSummaryFragment = { id: string, orderNo: string, iccid: string | null, packageName: string | null, status: OrderStatus, statusLabel: string, createdAt: string, paidAt: string | null, amount: { fen: number, formatted: string } };

export type OrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type OrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, orderNo: string, iccid: string | null, packageName: string | null, status: OrderStatus, statusLabel: string, createdAt: string, paidAt: string | null, amount: { fen: number, formatted: string } } }> } | null };

export type OrderByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderByIdQuery = { node:
    | { __typename: 'Card', id: string }
    | { __typename: 'Merchant', id: string }
    | { __typename: 'Order', payMethodCode: string, id: string, orderNo: string, iccid: string | null, packageName: string | null, status: OrderStatus, statusLabel: string, createdAt: string, paidAt: string | null, refunds: { refundedAmount: { formatted: string }, refundableAmount: { formatted: string } }, card: { id: string, iccid: string, msisdn: string | null } | null, amount: { fen: number, formatted: string } }
    | { __typename: 'Package', id: string }
   | null };

export type RechargeOptionsQueryVariables = Exact<{
  carrier?: CarrierCode | null | undefined;
}>;


export type RechargeOptionsQuery = { packageCategories: Array<{ id: number, name: string, resetPolicy: string }> | null, packages: Array<{ id: string, packageId: number, name: string, dataQuotaMB: number | null, category: { id: number, name: string }, price: { fen: number, formatted: string } }> | null };

export type CreateRechargeOrderMutationVariables = Exact<{
  card: string;
  package: number;
  payMethod: PayChannel;
  clientOrderNo?: string | null | undefined;
}>;


export type CreateRechargeOrderMutation = { createRechargeOrder: { orderNo: string, clientOrderNo: string, payUrl: string | null, qrCode: string | null, expiresAt: string | null, amount: { formatted: string } } | null };

export type CardChangeFragment = { results: Array<{ requested: string, iccid: string | null, msisdn: string | null, ok: boolean, outcome: CardChangeOutcome, pending: boolean, error: CardChangeError | null, message: string, upstream: string | null, currentState: CardState | null, status: { state: CardState, rawCode: string } | null }>, job: { id: string, done: boolean | null } | null };

export type SuspendCardsMutationVariables = Exact<{
  cards: Array<string> | string;
}>;


export type SuspendCardsMutation = { suspendCards: { results: Array<{ requested: string, iccid: string | null, msisdn: string | null, ok: boolean, outcome: CardChangeOutcome, pending: boolean, error: CardChangeError | null, message: string, upstream: string | null, currentState: CardState | null, status: { state: CardState, rawCode: string } | null }>, job: { id: string, done: boolean | null } | null } | null };

export type ResumeCardsMutationVariables = Exact<{
  cards: Array<string> | string;
}>;


export type ResumeCardsMutation = { resumeCards: { results: Array<{ requested: string, iccid: string | null, msisdn: string | null, ok: boolean, outcome: CardChangeOutcome, pending: boolean, error: CardChangeError | null, message: string, upstream: string | null, currentState: CardState | null, status: { state: CardState, rawCode: string } | null }>, job: { id: string, done: boolean | null } | null } | null };

export type CardChangeJobQueryVariables = Exact<{
  id: string;
}>;


export type CardChangeJobQuery = { cardChangeJob: { id: string, status: CardChangeJobStatus | null, done: boolean | null, results: Array<{ requested: string, iccid: string | null, msisdn: string | null, ok: boolean, outcome: CardChangeOutcome, error: CardChangeError | null }> | null } | null };

export type TransferToWechatBalanceMutationVariables = Exact<{
  input: CreateWechatTransferInput;
}>;


export type TransferToWechatBalanceMutation = { createWechatTransfer: { partnerTradeNo: string, merchantId: string, paymentNo: string, paymentTime: string, status: WechatTransferStatus } | null };

export type WechatTransferQueryVariables = Exact<{
  merchantId: string;
  partnerTradeNo: string;
}>;


export type WechatTransferQuery = { wechatTransfer: { partnerTradeNo: string, paymentNo: string, status: WechatTransferStatus, openId: string, paymentTime: string | null, reason: string | null, amount: { fen: number, formatted: string } } | null };

export const MerchantSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MerchantSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"mchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasApiKey"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrivateKey"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MerchantSummaryFragment, unknown>;
export const OrderSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]} as unknown as DocumentNode<OrderSummaryFragment, unknown>;
export const CardChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardChangeBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"}},{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<CardChangeFragment, unknown>;
export const TransferToBankCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferToBankCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBankTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBankTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNo"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransferToBankCardMutation, TransferToBankCardMutationVariables>;
export const BankTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BankTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerTradeNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bankTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"merchantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerTradeNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerTradeNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNo"}},{"kind":"Field","name":{"kind":"Name","value":"bankNoMd5"}},{"kind":"Field","name":{"kind":"Name","value":"trueNameMd5"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paySuccessAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<BankTransferQuery, BankTransferQueryVariables>;
export const AlipayBillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlipayBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"billDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alipayBill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"merchantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"billDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"billDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrlExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"outTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlipayBillQuery, AlipayBillQueryVariables>;
export const CardDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"maxAge"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"suspendReason"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"usedMB"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMB"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMB"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<CardDetailQuery, CardDetailQueryVariables>;
export const CardByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Card"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CardByIdQuery, CardByIdQueryVariables>;
export const FleetDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CarrierCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"carrier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetDashboardQuery, FleetDashboardQueryVariables>;
export const MerchantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Merchants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentProvider"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MerchantSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MerchantSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"mchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasApiKey"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrivateKey"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MerchantsQuery, MerchantsQueryVariables>;
export const MerchantByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MerchantSummary"}},{"kind":"Field","name":{"kind":"Name","value":"notifyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"certificateName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MerchantSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Merchant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appId"}},{"kind":"Field","name":{"kind":"Name","value":"mchId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasApiKey"}},{"kind":"Field","name":{"kind":"Name","value":"hasPrivateKey"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MerchantByIdQuery, MerchantByIdQueryVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}},{"kind":"Field","name":{"kind":"Name","value":"payMethodCode"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundedAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refundableAmount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]} as unknown as DocumentNode<OrderByIdQuery, OrderByIdQueryVariables>;
export const RechargeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RechargeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CarrierCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"carrier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resetPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"carrier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataQuotaMB"}}]}}]}}]} as unknown as DocumentNode<RechargeOptionsQuery, RechargeOptionsQueryVariables>;
export const CreateRechargeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRechargeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"card"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"package"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payMethod"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayChannel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientOrderNo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRechargeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"card"},"value":{"kind":"Variable","name":{"kind":"Name","value":"card"}}},{"kind":"Argument","name":{"kind":"Name","value":"package"},"value":{"kind":"Variable","name":{"kind":"Name","value":"package"}}},{"kind":"Argument","name":{"kind":"Name","value":"payMethod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payMethod"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientOrderNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientOrderNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateRechargeOrderMutation, CreateRechargeOrderMutationVariables>;
export const SuspendCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cards"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cards"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cards"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardChangeBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"}},{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<SuspendCardsMutation, SuspendCardsMutationVariables>;
export const ResumeCardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeCards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cards"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeCards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cards"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cards"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CardChange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CardChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CardChangeBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"}},{"kind":"Field","name":{"kind":"Name","value":"currentState"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<ResumeCardsMutation, ResumeCardsMutationVariables>;
export const CardChangeJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardChangeJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardChangeJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<CardChangeJobQuery, CardChangeJobQueryVariables>;
export const TransferToWechatBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferToWechatBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWechatTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWechatTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"merchantId"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNo"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransferToWechatBalanceMutation, TransferToWechatBalanceMutationVariables>;
export const WechatTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WechatTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerTradeNo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wechatTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"merchantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"merchantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerTradeNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerTradeNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerTradeNo"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentTime"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<WechatTransferQuery, WechatTransferQueryVariables>;