/**
 * The documented scopes (`shingsou.md` §2.5) and which scopes satisfy an operation. DECISION: an
 * operation needs the scope named after it; its family's `.all` and the service `.all` also
 * satisfy it; payment v2 has no `.all`.
 */
const CARD = 'iot.cardservice';
const PAYMENT = 'iot.paymentservice';

const DATACARD_ACTIONS = ['all', 'get', 'history', 'transfer', 'generate'];
const FLOWCARD_ACTIONS = [
  'all', 'get', 'detail', 'put', 'patch', 'data', 'status', 'network', 'transfer', 'transferhistory',
  'import', 'importhistory', 'reality', 'types', 'categories', 'tags', 'location',
];
const ALIPAY_ACTIONS = [
  'webpay', 'wappay', 'apppay', 'scanpay', 'barcodepay', 'query', 'refund', 'refundquery', 'cancel', 'close',
  'transfer', 'transferquery', 'billdownload', 'merchants', 'putmerchant', 'postmerchant', 'deletemerchant',
];
const WECHATPAY_ACTIONS = [
  'publicpay', 'apppay', 'appletpay', 'wappay', 'scanpay', 'barcodepay', 'query', 'refund', 'refundquery', 'close',
  'cancel', 'transfer', 'transferquery', 'publickey', 'transfertobank', 'transfertobankquery', 'billdownload',
  'fundflowdownload', 'merchants', 'putmerchant', 'postmerchant', 'uploadcert', 'deletemerchant',
];

/** Identity scopes: allowed to the client, refused with client_credentials (§2.2). */
export const IDENTITY_SCOPES: readonly string[] = ['openid', 'profile'];

export const API_SCOPES: readonly string[] = [
  `${CARD}.all`,
  `${PAYMENT}.all`,
  ...DATACARD_ACTIONS.map((a) => `${CARD}.datacard.${a}`),
  ...FLOWCARD_ACTIONS.map((a) => `${CARD}.flowcard.${a}`),
  `${PAYMENT}.order.all`,
  `${PAYMENT}.order.get`,
  `${PAYMENT}.order.statistic`,
  ...ALIPAY_ACTIONS.map((a) => `iot.payment.alipay.${a}`),
  ...WECHATPAY_ACTIONS.map((a) => `iot.payment.wechatpay.${a}`),
];

export const ALL_SCOPES: readonly string[] = [...IDENTITY_SCOPES, ...API_SCOPES];

/** Any one of these scopes lets the call through; `null` = a valid token is enough. */
export type ScopeRule = readonly string[] | null;

export const cardScope = (family: 'flowcard' | 'datacard', action: string): ScopeRule => [
  `${CARD}.${family}.${action}`,
  `${CARD}.${family}.all`,
  `${CARD}.all`,
];

export const orderScope = (action: string): ScopeRule => [`${PAYMENT}.order.${action}`, `${PAYMENT}.order.all`, `${PAYMENT}.all`];

/** §2.5: `payment-post` needs the service scope. */
export const PAYMENT_POST_SCOPE: ScopeRule = [`${PAYMENT}.all`];

export const v2Scope = (provider: 'alipay' | 'wechatpay', action: string): ScopeRule => [
  `iot.payment.${provider}.${action.toLowerCase()}`,
];

export function satisfies(granted: ReadonlySet<string>, rule: ScopeRule): boolean {
  return rule === null || rule.some((scope) => granted.has(scope));
}
