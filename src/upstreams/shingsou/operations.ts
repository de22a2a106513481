import type { HttpMethod } from '../http';

/**
 * The Shingsou operation table: the one place that knows verbs and paths.
 *
 * The vendor documents operation ids, scopes and two URLs; every other path is our DECISION
 * (`shingsou.md` §4: action-style `/{prefix}/{Controller}/{Action}`). A deployment against the
 * real platform that finds a path different adjusts it here, or through `withPathOverrides`,
 * and nothing above the client changes.
 */
export interface ShingsouOperation {
  /** The vendor's operation id, also the simulator's stats route id. */
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
}

const op = (id: string, method: HttpMethod, path: string): ShingsouOperation => ({ id, method, path });

export const SHINGSOU_OPERATIONS = {
  // Flow cards (§4.1, §5).
  flowcardGet: op('flowcard-get', 'GET', '/cards/FlowCard/Get'),
  flowcardDetail: op('flowcard-detail', 'GET', '/cards/FlowCard/Detail'),
  flowcardPut: op('flowcard-put', 'PUT', '/cards/FlowCard/Put'),
  flowcardPatch: op('flowcard-patch', 'PATCH', '/cards/FlowCard/Patch'),
  flowcardData: op('flowcard-data', 'GET', '/cards/FlowCard/Data'),
  flowcardStatus: op('flowcard-status', 'GET', '/cards/FlowCard/Status'),
  flowcardNetwork: op('flowcard-network', 'POST', '/cards/FlowCard/Network'),
  flowcardTransfer: op('flowcard-transfer', 'POST', '/cards/FlowCard/Transfer'),
  flowcardTransferHistory: op('flowcard-transferhistory', 'GET', '/cards/FlowCard/TransferHistory'),
  flowcardImport: op('flowcard-import', 'POST', '/cards/FlowCard/Import'),
  flowcardImportHistory: op('flowcard-importhistory', 'GET', '/cards/FlowCard/ImportHistory'),
  flowcardReality: op('flowcard-reality', 'POST', '/cards/FlowCard/Reality'),
  flowcardTypes: op('flowcard-types', 'GET', '/cards/FlowCard/Types'),
  flowcardCategories: op('flowcard-categories', 'GET', '/cards/FlowCard/Categories'),
  flowcardTags: op('flowcard-tags', 'GET', '/cards/FlowCard/Tags'),
  flowcardLocation: op('flowcard-location', 'GET', '/cards/FlowCard/Location'),
  flowcardCodes: op('flowcard-codes', 'GET', '/cards/FlowCard/Codes'),
  // Recharge vouchers, 充值卡 (§4.1, §5.5).
  datacardGet: op('datacard-get', 'GET', '/cards/DataCard/Get'),
  datacardHistory: op('datacard-history', 'GET', '/cards/DataCard/History'),
  datacardTransfer: op('datacard-transfer', 'POST', '/cards/DataCard/Transfer'),
  datacardGenerate: op('datacard-generate', 'POST', '/cards/DataCard/Generate'),
  datacardCodes: op('datacard-codes', 'GET', '/cards/DataCard/Codes'),
  // Packages, orders, payment requests (§4.2, §6.1-6.3).
  productCategories: op('product-categories', 'GET', '/payment/Product/Categories'),
  productGet: op('product-get', 'GET', '/payment/Product/Get'),
  orderGet: op('order-get', 'GET', '/payment/Order/Get'),
  orderStatistic: op('order-statistic', 'GET', '/payment/Order/Statistic'),
  orderCodes: op('order-codes', 'GET', '/payment/Order/Codes'),
  paymentPost: op('payment-post', 'POST', '/payment/Payment/Post'),
  paymentCodes: op('payment-codes', 'GET', '/payment/Payment/Codes'),
} as const satisfies Record<string, ShingsouOperation>;

export type ShingsouOperationName = keyof typeof SHINGSOU_OPERATIONS;
export type ShingsouOperations = Record<ShingsouOperationName, ShingsouOperation>;

/** Payment gateway v2 providers (§4.3): paths `/paymentv2/{Provider}/{Action}`. */
export type PaymentProvider = 'Alipay' | 'WechatPay';

/**
 * A payment gateway v2 operation. The action names are the vendor's operation ids
 * (`alipay-webpay` -> `WebPay`); the prefix and verbs are our DECISION (§4.3).
 */
export function paymentV2Operation(provider: PaymentProvider, action: string, method: HttpMethod): ShingsouOperation {
  const family = provider === 'Alipay' ? 'alipay' : 'wechatpay';
  return op(`${family}-${action.toLowerCase()}`, method, `/paymentv2/${provider}/${action}`);
}

/** Applies path overrides such as `{"flowcardStatus":"/cards/FlowCard/GetStatus"}`. */
export function withPathOverrides(overrides: Partial<Record<ShingsouOperationName, string>>): ShingsouOperations {
  const table: ShingsouOperations = { ...SHINGSOU_OPERATIONS };
  for (const [name, path] of Object.entries(overrides) as [ShingsouOperationName, string][]) {
    table[name] = { ...table[name], path };
  }
  return table;
}
