/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a card is in its life, normalized across carriers (upstreams/card-status.md §2) */
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
  | 'CHINA_MOBILE'
  | 'CHINA_TELECOM'
  | 'CHINA_UNICOM'
  | 'UNKNOWN';

/** The upstream field a raw status code came from */
export type StatusSource =
  | 'CMIOT_V2'
  | 'CMIOT_V5_CT'
  | 'CMIOT_V5_PB'
  | 'SHINGSOU';

export type FleetDashboardQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  carrier?: CarrierCode | null | undefined;
}>;


export type FleetDashboardQuery = { cards: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { iccid: string, msisdn: string | null, carrier: { code: CarrierCode, name: string }, status: { state: CardState, rawCode: string, rawLabel: string, source: StatusSource, checkedAt: string } | null } }> } | null };


export const FleetDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CarrierCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"carrier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"carrier"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"rawCode"}},{"kind":"Field","name":{"kind":"Name","value":"rawLabel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetDashboardQuery, FleetDashboardQueryVariables>;