/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type CardDetailQueryVariables = Exact<{
  iccid: string;
}>;


export type CardDetailQuery = { card: { iccid: string, msisdn: string | null, carrier: { code: CarrierCode, name: string }, status: { state: CardState, rawCode: string, rawLabel: string, suspendReason: SuspendReason | null, checkedAt: string } | null, usage: { month: string, usedMB: number, quotaMB: number | null, remainingMB: number | null, asOf: string } | null, location: { lng: number, lat: number, at: string | null } | null } | null };

export type FleetDashboardQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  carrier?: CarrierCode | null | undefined;
}>;


export type FleetDashboardQuery = { cards: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { iccid: string, msisdn: string | null, carrier: { code: CarrierCode, name: string }, status: { state: CardState, rawCode: string, rawLabel: string, source: StatusSource, checkedAt: string } | null } }> } | null };

export type RechargeOptionsQueryVariables = Exact<{
  carrier?: CarrierCode | null | undefined;
}>;


export type RechargeOptionsQuery = { packageCategories: Array<{ id: number, name: string, resetPolicy: string }> | null, packages: Array<{ id: number, name: string, dataQuotaMB: number | null, category: { id: number, name: string }, price: { fen: number, formatted: string } }> | null };

export type CreateRechargeOrderMutationVariables = Exact<{
  card: string;
  package: number;
  payMethod: PayChannel;
  clientOrderNo?: string | null | undefined;
}>;


export type CreateRechargeOrderMutation = { createRechargeOrder: { orderNo: string, clientOrderNo: string, payUrl: string | null, qrCode: string | null, expiresAt: string | null, amount: { formatted: string } } | null };


export const CardDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"maxAge"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"suspendReason"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"usedMB"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMB"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMB"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<CardDetailQuery, CardDetailQueryVariables>;
export const FleetDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CarrierCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"carrier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetDashboardQuery, FleetDashboardQueryVariables>;
export const RechargeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RechargeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CarrierCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"carrier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"resetPolicy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"carrier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fen"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataQuotaMB"}}]}}]}}]} as unknown as DocumentNode<RechargeOptionsQuery, RechargeOptionsQueryVariables>;
export const CreateRechargeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRechargeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"card"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"package"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"payMethod"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayChannel"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientOrderNo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRechargeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"card"},"value":{"kind":"Variable","name":{"kind":"Name","value":"card"}}},{"kind":"Argument","name":{"kind":"Name","value":"package"},"value":{"kind":"Variable","name":{"kind":"Name","value":"package"}}},{"kind":"Argument","name":{"kind":"Name","value":"payMethod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"payMethod"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientOrderNo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientOrderNo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderNo"}},{"kind":"Field","name":{"kind":"Name","value":"clientOrderNo"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payUrl"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CreateRechargeOrderMutation, CreateRechargeOrderMutationVariables>;