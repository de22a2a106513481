import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import {
  CardByIdDocument,
  CardChangeJobDocument,
  CardDetailDocument,
  FleetDashboardDocument,
  MerchantByIdDocument,
  MerchantsDocument,
  OrderByIdDocument,
  OrdersDocument,
  ResumeCardsDocument,
  SuspendCardsDocument,
  type CardByIdQuery,
  type CardChangeFragment,
  type CardChangeJobQuery,
  type CardDetailQuery,
  type FleetDashboardQuery,
  type MerchantByIdQuery,
  type MerchantsQuery,
  type OrderByIdQuery,
  type OrderFilter,
  type OrdersQuery,
  type PaymentProvider,
} from './generated/graphql';

/**
 * A frontend's Apollo Client 4 for SimGraph: an `InMemoryCache` that normalizes this schema
 * right, an `HttpLink` with the API key, and one function per typed document of
 * `examples/operations` (`npm run codegen` types them, so a renamed field fails to compile).
 * `npx ts-node --transpile-only examples/apollo-client.ts [url] [api-key]` runs it against a gateway.
 */

/** The types that implement `Node`: their `id` is a global id, unique across all types. */
export const NODE_TYPES = ['Card', 'Order', 'Merchant', 'Package'] as const;

/**
 * How the cache stores this schema's objects.
 *
 * - Node types (`Card`, `Order`, `Merchant`, `Package`) are keyed by their global `id` alone:
 *   it is unique across types, so the same string keys the cache and `node(id:)`, which reads
 *   straight from the cache when the object is there (`Query.node` below).
 * - `Carrier` has no id: its `code` (CHINA_MOBILE, ...) names it.
 * - Other types with an `id` (`PackageCategory`, `CardChangeJob`, `Voucher`, ...) are normalized
 *   by `__typename` + `id`, Apollo's default.
 * - Value types without an id belong to their parent and are stored inside it. A card's live
 *   readings (`status`, `usage`, `location`) are asked with different selections by different
 *   screens, so they merge instead of replacing each other; `Money`, `PageInfo` and friends are
 *   replaced whole, which is right for values.
 * - `cards` and `orders` are Relay connections: `fetchMore({ variables: { after } })` appends a
 *   page, per carrier filter or per order filter.
 */
export const typePolicies: TypePolicies = {
  ...Object.fromEntries(NODE_TYPES.map((type) => [type, { keyFields: (object: { id?: unknown }) => (typeof object.id === 'string' ? object.id : undefined) }])),
  Carrier: { keyFields: ['code'] },
  CardStatus: { keyFields: false, merge: true },
  CardUsage: { keyFields: false, merge: true },
  CardLocation: { keyFields: false, merge: true },
  Query: {
    fields: {
      node: { read: (existing, { args, toReference }) => existing ?? (typeof args?.['id'] === 'string' ? toReference(args['id']) : undefined) },
      cards: relayStylePagination(['carrier']),
      orders: relayStylePagination(['filter']),
    },
  },
};

export interface SimGraphClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Sent as `x-api-key`; demo mode prints its key at start-up (and takes none while API_KEYS is unset). */
  apiKey?: string;
  /** The fetch to send requests with; default: the global one. */
  fetch?: typeof fetch;
}

export function createApolloClient({ url, apiKey, fetch: send }: SimGraphClientOptions): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: url, headers: apiKey === undefined ? {} : { 'x-api-key': apiKey }, ...(send && { fetch: send }) }),
    // possibleTypes lets `... on Node` fragments match the concrete types when read from the cache.
    cache: new InMemoryCache({ typePolicies, possibleTypes: { Node: [...NODE_TYPES] } }),
  });
}

/** A page of the fleet dashboard; pass the previous page's endCursor as `after` for the next. */
export async function fleetPage(client: ApolloClient, first: number, after?: string): Promise<NonNullable<FleetDashboardQuery['cards']>> {
  return required((await client.query({ query: FleetDashboardDocument, variables: { first, after: after ?? null } })).data?.cards, 'cards');
}

export async function cardDetail(client: ApolloClient, iccid: string): Promise<NonNullable<CardDetailQuery['card']>> {
  return required((await client.query({ query: CardDetailDocument, variables: { iccid } })).data?.card, 'card');
}

/** A card by its global id: served from the cache when a list or a detail already holds it. */
export async function cardById(client: ApolloClient, id: string): Promise<Extract<NonNullable<CardByIdQuery['node']>, { __typename: 'Card' }>> {
  const node = required((await client.query({ query: CardByIdDocument, variables: { id } })).data?.node, 'node');
  if (node.__typename !== 'Card') throw new Error(`${id} is a ${node.__typename}, not a Card`);
  return node;
}

export async function ordersPage(client: ApolloClient, first: number, filter?: OrderFilter): Promise<NonNullable<OrdersQuery['orders']>> {
  return required((await client.query({ query: OrdersDocument, variables: { first, filter: filter ?? null } })).data?.orders, 'orders');
}

export async function orderById(client: ApolloClient, id: string): Promise<Extract<NonNullable<OrderByIdQuery['node']>, { __typename: 'Order' }>> {
  const node = required((await client.query({ query: OrderByIdDocument, variables: { id } })).data?.node, 'node');
  if (node.__typename !== 'Order') throw new Error(`${id} is a ${node.__typename}, not an Order`);
  return node;
}

export async function merchants(client: ApolloClient, provider: PaymentProvider): Promise<NonNullable<MerchantsQuery['merchants']>> {
  return required((await client.query({ query: MerchantsDocument, variables: { provider } })).data?.merchants, 'merchants');
}

export async function merchantById(client: ApolloClient, id: string): Promise<Extract<NonNullable<MerchantByIdQuery['node']>, { __typename: 'Merchant' }>> {
  const node = required((await client.query({ query: MerchantByIdDocument, variables: { id } })).data?.node, 'node');
  if (node.__typename !== 'Merchant') throw new Error(`${id} is a ${node.__typename}, not a Merchant`);
  return node;
}

/**
 * Stops (停机) cards: one result per card with its outcome. A write is sent once: on an error
 * (or outcome UNKNOWN) read the card's live status before sending it again.
 */
export async function suspendCards(client: ApolloClient, cards: string[]): Promise<CardChangeFragment> {
  return required((await client.mutate({ mutation: SuspendCardsDocument, variables: { cards } })).data?.suspendCards, 'suspendCards');
}

/** Resumes (复机) cards; as `suspendCards`. */
export async function resumeCards(client: ApolloClient, cards: string[]): Promise<CardChangeFragment> {
  return required((await client.mutate({ mutation: ResumeCardsDocument, variables: { cards } })).data?.resumeCards, 'resumeCards');
}

/** A CMIOT batch job of China Mobile cards; poll until `done` (network-only: it changes). */
export async function cardChangeJob(client: ApolloClient, id: string): Promise<NonNullable<CardChangeJobQuery['cardChangeJob']>> {
  return required((await client.query({ query: CardChangeJobDocument, variables: { id }, fetchPolicy: 'network-only' })).data?.cardChangeJob, 'cardChangeJob');
}

/** Errors already threw (Apollo's default errorPolicy, `none`); a null field without one is a bug. */
function required<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw new Error(`${field} came back empty`);
  return value;
}

async function main(): Promise<void> {
  const [url = 'http://127.0.0.1:4000/graphql', apiKey = process.env['SIMGRAPH_API_KEY']] = process.argv.slice(2);
  const client = createApolloClient({ url, ...(apiKey !== undefined && { apiKey }) });
  const page = await fleetPage(client, 3);
  for (const { node } of page.edges) console.log(node.iccid, node.carrier.name, node.status?.state ?? '(no status)');
  const first = page.edges[0]?.node;
  if (first) console.log('from the cache by id:', (await cardById(client, first.id)).iccid);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
