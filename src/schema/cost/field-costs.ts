import { CMIOT_LIMITS } from '../../upstreams/cmiot/limits';
import { SHINGSOU_LIMITS } from '../../upstreams/shingsou/limits';

/**
 * What each upstream-backed field costs, in upstream calls: the one table demand control reads
 * (`estimate.ts`). Batched endpoints are named here and their limits read from each upstream's
 * `limits.ts`, so a limit changes in one place for the client, the loaders and the estimate alike.
 *
 * A card takes one route (China Mobile cards to CMIOT, the others to Shingsou) that is not known
 * before the inventory answers, so a live field is costed at its dearest route per card: the
 * Shingsou single-card read (`flowcard-status`, `-data`, `-location`: 1 call per card), not the
 * CMIOT batch of 100 or 20. The `sim-stop-reason` follow-up of a suspended China Mobile card is
 * not counted (it is the exception, and `Card.stopReason` shares it). The estimate is therefore an
 * upper bound for a mixed fleet: 756 for a 250-card dashboard that costs 512 on the demo fleet.
 *
 * Fields not in the table cost nothing: they read what their parent already holds. A test
 * (`test/unit/schema/cost`) fails when a resolver that receives the context, and so can reach
 * an upstream, has no entry here.
 */

/** The batched endpoints fields are costed by, with the keys one call carries. */
const ENDPOINT_LIMITS = {
  shingsouFlowcardGet: SHINGSOU_LIMITS.cardsPerRequest,
  cmiotCardInfo: CMIOT_LIMITS.cardInfo,
  cmiotPlatform: CMIOT_LIMITS.platform,
  cmiotUsageDaily: CMIOT_LIMITS.usageDaily,
  cmiotGroupMemberPage: CMIOT_LIMITS.groupMemberPage,
  cmiotArrearsPage: CMIOT_LIMITS.arrearsPage,
  /** Single-card endpoints (Shingsou `flowcard-status`/`-data`/`-location`, CMIOT `sim-status`, ...). */
  singleCard: 1,
  /**
   * The package catalogue, read whole (and cached) once for every key of a request
   * (`CardPlan.package`): costed as a call per 100 keys, an upper bound.
   */
  shingsouCatalog: SHINGSOU_LIMITS.pageSize,
  /**
   * v2 merchant lists, one per provider (two at most) for every key of a request
   * (`Order.merchant`): a call per 50 keys bounds it for any page of up to 100 orders.
   */
  shingsouMerchantLists: SHINGSOU_LIMITS.pageSize / 2,
} as const;

export type BatchEndpoint = keyof typeof ENDPOINT_LIMITS;

export interface KeyCost {
  readonly endpoint: BatchEndpoint;
  /** A list argument whose every element is a key (`ids`); absent: one key per resolution. */
  readonly perItemOf?: string;
}

export interface FieldCost {
  /** Calls that are not batched, each time the field resolves: a page read, a write, a count. */
  readonly calls?: number;
  /**
   * One more call when `after` is given: an offset window that is not aligned to its own size
   * spans two upstream pages (`relay/page-window.ts`).
   */
  readonly window?: true;
  /**
   * Read in upstream pages of a fixed size: `ceil(first / ENDPOINT_LIMITS[pages]) + 1` calls (an
   * offset window spans one page more than its size; `relay/page-window.ts`).
   */
  readonly pages?: BatchEndpoint;
  /**
   * Keys handed to a batched loader each time the field resolves: one, or one per element of a
   * list argument (`perItemOf: 'ids'`). Keys add up over the whole operation per endpoint, as the
   * request's DataLoaders batch them, and cost `ceil(keys / ENDPOINT_LIMITS[endpoint])`.
   */
  readonly keys?: readonly KeyCost[];
  /**
   * How many items the field returns, which multiplies the cost of everything selected below it:
   * the value of an argument (`first`, `ids`) or a fixed count. A list field with no entry counts
   * as `UNSIZED_LIST_ITEMS`.
   */
  readonly items?: string | number;
}

/** Items assumed for a list whose size no argument gives: the largest page the gateway serves. */
export const UNSIZED_LIST_ITEMS = 100;

const PAGE: FieldCost = { calls: 1, window: true, items: 'first' };
const ONE: FieldCost = { calls: 1 };
const PER_CARD: FieldCost = { keys: [{ endpoint: 'singleCard' }] };
/** A card by id: Shingsou's `cardNos=` batch, then CMIOT's card-info batch for ids Shingsou lacks. */
const BY_ID = (perItemOf?: string): readonly KeyCost[] => [
  { endpoint: 'shingsouFlowcardGet', perItemOf },
  { endpoint: 'cmiotCardInfo', perItemOf },
];

/** Keyed by `Type.field` as in `schema.graphql`. */
export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  // The inventory: `flowcard-get` pages, or its `cardNos=` batch of 100 (`shingsou.md` §8.6).
  'Query.cards': PAGE,
  'Carrier.cards': PAGE,
  'Query.card': { keys: BY_ID() },
  'Query.cardsByIds': { keys: BY_ID('ids'), items: 'ids' },
  'Order.card': { keys: BY_ID() },
  'Order.merchant': { keys: [{ endpoint: 'shingsouMerchantLists' }] },
  // Rows that name a card by ICCID or MSISDN: the same batched lookup as Query.card.
  'ArrearsSuspendedCard.card': { keys: BY_ID() },
  'VoucherRecharge.flowCard': { keys: BY_ID() },
  // Relay refetch: a card costs as Query.card; an order, a merchant or a package one read
  // (an order page of its card, a merchant list, the catalogue). Both are counted: an upper bound.
  'Query.node': { calls: 1, keys: BY_ID() },
  'Query.carriers': { items: 3 },
  // One `flowcard-get?pageSize=1` for the total and one per Shingsou raw code: 17 for Telecom (§6.7).
  'Carrier.cardCounts': { calls: 18 },
  'Carrier.lifecycleCounts': ONE,
  'Query.arrearsSuspendedCards': { pages: 'cmiotArrearsPage', items: 'first' },
  'Query.cardGroupMembers': { pages: 'cmiotGroupMemberPage', items: 'first' },
  // The fleet index reads the gateway's own store: no upstream call. Its nodes' live fields cost as
  // on `cards` (a stored reading young enough for maxAge is not known before the store answers).
  'Query.fleet': { items: 'first' },
  'Query.fleetSummary': {},
  'FleetSummary.sync': {},
  // Events and alert rules are the store's too; an event's card is built from the event, its
  // live fields cost as on `cards`.
  'Query.cardEvents': { items: 'first' },
  'Query.alertRules': {},
  'Mutation.createAlertRule': {},
  'Mutation.updateAlertRule': {},
  'Mutation.deleteAlertRule': {},
  'Query.webhooks': {},
  'Query.webhookDeliveries': {},
  'Mutation.createWebhook': {},
  'Mutation.updateWebhook': {},
  'Mutation.deleteWebhook': {},
  // The events come from the store through the process's hub. Each event runs the selection
  // below it once: its live card fields are charged per event (`http/subscriptions/`).
  'Subscription.cardEvents': {},

  // Live card reads, at the dearest route per card (see above).
  'Card.status': PER_CARD,
  'Card.usage': PER_CARD,
  'Card.location': PER_CARD,
  'Card.session': PER_CARD,
  'Card.stopReason': PER_CARD,
  'Card.realName': PER_CARD,
  'Card.packages': PER_CARD,
  'Card.plans': PER_CARD,
  'CardPlan.package': { keys: [{ endpoint: 'shingsouCatalog' }] },
  'Card.balance': PER_CARD,
  'Card.powerState': PER_CARD,
  'Card.platform': { keys: [{ endpoint: 'cmiotPlatform' }] },
  'Card.dailyUsage': { keys: [{ endpoint: 'cmiotUsageDaily' }] },
  'Card.orders': PAGE,

  // CMIOT batch status-change jobs: one job query per job; results look each card up again.
  // The job is read once (to answer NOT_FOUND); its fields share that read through the loader.
  'Query.cardChangeJob': ONE,
  'CardChangeJob.status': ONE,
  'CardChangeJob.rawStatus': ONE,
  'CardChangeJob.done': ONE,
  'CardChangeJob.results': { calls: 1, keys: BY_ID(), items: 100 },
  'CardChangeResult.card': {},

  // Orders, packages, payments (`shingsou.md` §7): one call each, pages for lists.
  'Query.orders': PAGE,
  'Query.orderStatistics': ONE,
  'Order.package': ONE,
  'Query.packageCategories': ONE,
  'Query.packages': ONE,
  'Query.merchantPayment': ONE,
  'Query.refund': ONE,
  'Query.merchants': ONE,
  'Query.upstreamErrorCodes': ONE,
  // Transfers and statements (`shingsou.md` §6.4.1): a query each; Alipay's bill is the
  // BillDownload answer and then the file behind its URL.
  'Query.alipayTransfer': ONE,
  'Query.wechatTransfer': ONE,
  'Query.bankTransfer': ONE,
  // BillDownload and the file, and once more of each when the link expired first (bills.ts).
  'Query.alipayBill': { calls: 4 },
  'Query.wechatBill': ONE,
  'Query.wechatFundFlow': ONE,
  'RechargePayment.order': ONE,
  // v2 Query of the refunded order: one call per distinct order.
  'Refund.order': ONE,

  // Back office and vouchers: relay pages over Shingsou lists.
  'Query.cardTransfers': PAGE,
  'Query.cardImports': PAGE,
  'Query.cardTypes': PAGE,
  'Query.cardCategories': PAGE,
  'Query.cardTags': PAGE,
  'Query.vouchers': PAGE,
  'Query.voucherHistory': PAGE,

  // Writes: the cards are looked up (batched), then one upstream call per upstream that serves them.
  'Mutation.suspendCards': { calls: 2, keys: BY_ID('cards'), items: 'cards' },
  'Mutation.resumeCards': { calls: 2, keys: BY_ID('cards'), items: 'cards' },
  'Mutation.transferCards': { calls: 1, keys: BY_ID('cards') },
  'Mutation.updateCard': { calls: 1, keys: BY_ID() },
  'Mutation.updateCards': ONE,
  'Mutation.importCards': ONE,
  'Mutation.submitRealName': { calls: 1, keys: BY_ID() },
  // The package is checked against the catalogue before the order is created.
  'Mutation.createRechargeOrder': { calls: 2 },
  'Mutation.createMerchantPayment': ONE,
  'Mutation.refundOrder': ONE,
  'Mutation.closeOrder': ONE,
  'Mutation.cancelOrder': ONE,
  'Mutation.createMerchant': ONE,
  'Mutation.updateMerchant': ONE,
  'Mutation.deleteMerchant': ONE,
  'Mutation.uploadMerchantCertificate': ONE,
  'Mutation.generateVouchers': ONE,
  'Mutation.transferVouchers': ONE,
  'Mutation.createAlipayTransfer': ONE,
  'Mutation.createWechatTransfer': ONE,
  // The merchant's public key (cached per merchant, so usually none), then the transfer.
  'Mutation.createBankTransfer': { calls: 2 },
  'Mutation.wechatOAuth': ONE,
  'Mutation.wechatMiniProgramLogin': ONE,
};

/** The limit of a batched endpoint, from its upstream's table. */
export function batchLimit(endpoint: BatchEndpoint): number {
  return ENDPOINT_LIMITS[endpoint];
}
