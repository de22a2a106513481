/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CardDetail($iccid: String!) {\n  card(iccid: $iccid) {\n    iccid\n    msisdn\n    carrier {\n      code\n      name\n    }\n    status(maxAge: 60) {\n      state\n      rawCode\n      rawLabel\n      suspendReason\n      checkedAt\n    }\n    usage {\n      month\n      usedMB\n      quotaMB\n      remainingMB\n      asOf\n    }\n    location {\n      lng\n      lat\n      at\n    }\n  }\n}": typeof types.CardDetailDocument,
    "query FleetDashboard($first: Int!, $after: String, $carrier: CarrierCode) {\n  cards(first: $first, after: $after, carrier: $carrier) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        iccid\n        msisdn\n        carrier {\n          code\n          name\n        }\n        status {\n          state\n          rawCode\n          rawLabel\n          source\n          checkedAt\n        }\n      }\n    }\n  }\n}": typeof types.FleetDashboardDocument,
    "query RechargeOptions($carrier: CarrierCode) {\n  packageCategories(carrier: $carrier) {\n    id\n    name\n    resetPolicy\n  }\n  packages(carrier: $carrier) {\n    id\n    name\n    category {\n      id\n      name\n    }\n    price {\n      fen\n      formatted\n    }\n    dataQuotaMB\n  }\n}\n\nmutation CreateRechargeOrder($card: String!, $package: Int!, $payMethod: PayChannel!, $clientOrderNo: String) {\n  createRechargeOrder(\n    card: $card\n    package: $package\n    payMethod: $payMethod\n    clientOrderNo: $clientOrderNo\n  ) {\n    orderNo\n    clientOrderNo\n    amount {\n      formatted\n    }\n    payUrl\n    qrCode\n    expiresAt\n  }\n}": typeof types.RechargeOptionsDocument,
};
const documents: Documents = {
    "query CardDetail($iccid: String!) {\n  card(iccid: $iccid) {\n    iccid\n    msisdn\n    carrier {\n      code\n      name\n    }\n    status(maxAge: 60) {\n      state\n      rawCode\n      rawLabel\n      suspendReason\n      checkedAt\n    }\n    usage {\n      month\n      usedMB\n      quotaMB\n      remainingMB\n      asOf\n    }\n    location {\n      lng\n      lat\n      at\n    }\n  }\n}": types.CardDetailDocument,
    "query FleetDashboard($first: Int!, $after: String, $carrier: CarrierCode) {\n  cards(first: $first, after: $after, carrier: $carrier) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        iccid\n        msisdn\n        carrier {\n          code\n          name\n        }\n        status {\n          state\n          rawCode\n          rawLabel\n          source\n          checkedAt\n        }\n      }\n    }\n  }\n}": types.FleetDashboardDocument,
    "query RechargeOptions($carrier: CarrierCode) {\n  packageCategories(carrier: $carrier) {\n    id\n    name\n    resetPolicy\n  }\n  packages(carrier: $carrier) {\n    id\n    name\n    category {\n      id\n      name\n    }\n    price {\n      fen\n      formatted\n    }\n    dataQuotaMB\n  }\n}\n\nmutation CreateRechargeOrder($card: String!, $package: Int!, $payMethod: PayChannel!, $clientOrderNo: String) {\n  createRechargeOrder(\n    card: $card\n    package: $package\n    payMethod: $payMethod\n    clientOrderNo: $clientOrderNo\n  ) {\n    orderNo\n    clientOrderNo\n    amount {\n      formatted\n    }\n    payUrl\n    qrCode\n    expiresAt\n  }\n}": types.RechargeOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CardDetail($iccid: String!) {\n  card(iccid: $iccid) {\n    iccid\n    msisdn\n    carrier {\n      code\n      name\n    }\n    status(maxAge: 60) {\n      state\n      rawCode\n      rawLabel\n      suspendReason\n      checkedAt\n    }\n    usage {\n      month\n      usedMB\n      quotaMB\n      remainingMB\n      asOf\n    }\n    location {\n      lng\n      lat\n      at\n    }\n  }\n}"): (typeof documents)["query CardDetail($iccid: String!) {\n  card(iccid: $iccid) {\n    iccid\n    msisdn\n    carrier {\n      code\n      name\n    }\n    status(maxAge: 60) {\n      state\n      rawCode\n      rawLabel\n      suspendReason\n      checkedAt\n    }\n    usage {\n      month\n      usedMB\n      quotaMB\n      remainingMB\n      asOf\n    }\n    location {\n      lng\n      lat\n      at\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FleetDashboard($first: Int!, $after: String, $carrier: CarrierCode) {\n  cards(first: $first, after: $after, carrier: $carrier) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        iccid\n        msisdn\n        carrier {\n          code\n          name\n        }\n        status {\n          state\n          rawCode\n          rawLabel\n          source\n          checkedAt\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query FleetDashboard($first: Int!, $after: String, $carrier: CarrierCode) {\n  cards(first: $first, after: $after, carrier: $carrier) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        iccid\n        msisdn\n        carrier {\n          code\n          name\n        }\n        status {\n          state\n          rawCode\n          rawLabel\n          source\n          checkedAt\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RechargeOptions($carrier: CarrierCode) {\n  packageCategories(carrier: $carrier) {\n    id\n    name\n    resetPolicy\n  }\n  packages(carrier: $carrier) {\n    id\n    name\n    category {\n      id\n      name\n    }\n    price {\n      fen\n      formatted\n    }\n    dataQuotaMB\n  }\n}\n\nmutation CreateRechargeOrder($card: String!, $package: Int!, $payMethod: PayChannel!, $clientOrderNo: String) {\n  createRechargeOrder(\n    card: $card\n    package: $package\n    payMethod: $payMethod\n    clientOrderNo: $clientOrderNo\n  ) {\n    orderNo\n    clientOrderNo\n    amount {\n      formatted\n    }\n    payUrl\n    qrCode\n    expiresAt\n  }\n}"): (typeof documents)["query RechargeOptions($carrier: CarrierCode) {\n  packageCategories(carrier: $carrier) {\n    id\n    name\n    resetPolicy\n  }\n  packages(carrier: $carrier) {\n    id\n    name\n    category {\n      id\n      name\n    }\n    price {\n      fen\n      formatted\n    }\n    dataQuotaMB\n  }\n}\n\nmutation CreateRechargeOrder($card: String!, $package: Int!, $payMethod: PayChannel!, $clientOrderNo: String) {\n  createRechargeOrder(\n    card: $card\n    package: $package\n    payMethod: $payMethod\n    clientOrderNo: $clientOrderNo\n  ) {\n    orderNo\n    clientOrderNo\n    amount {\n      formatted\n    }\n    payUrl\n    qrCode\n    expiresAt\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;