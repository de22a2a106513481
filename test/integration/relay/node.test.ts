import { describe, expect, it } from '@jest/globals';
import { dataRoutes, useHarness, type GraphQLResult, type Harness } from '../../support/gateway';

/**
 * Relay object identification over real HTTP: an object's `id` fetched again through
 * `node(id)` is the same object, a malformed id is refused before any upstream call, and the
 * scope of the type's own read applies.
 */

const EVERYTHING = 'node-every-scope-key-0123456789';
const CARDS_ONLY = 'node-cards-only-key-0123456789';
const ALIPAY_ONLY = 'node-alipay-only-key-0123456789';

const harness = useHarness({
  env: {
    API_KEYS: `${EVERYTHING}=iot.cardservice.all iot.paymentservice.all iot.payment.all;${CARDS_ONLY}=iot.cardservice.flowcard.get;${ALIPAY_ONLY}=iot.payment.alipay.merchants`,
  },
});

async function gql(query: string, variables: Record<string, unknown> = {}, key = EVERYTHING): Promise<GraphQLResult> {
  const response = await harness().post({ query, variables }, { 'x-api-key': key });
  return (await response.json()) as GraphQLResult;
}

function dataOf<T>(result: GraphQLResult): T {
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

const NODE = `query ($id: ID!) { node(id: $id) { __typename id ... on Card { iccid msisdn carrier { code } }
  ... on Order { orderNo cardIccid: iccid status amount { fen } }
  ... on Merchant { merchantId provider name }
  ... on Package { packageId name price { fen } } } }`;

async function node(id: string, key = EVERYTHING): Promise<GraphQLResult> {
  return gql(NODE, { id }, key);
}

async function noUpstreamCalls(h: Harness): Promise<void> {
  expect(dataRoutes(await h.stats('shingsou'))).toEqual({});
  expect(dataRoutes(await h.stats('cmiot'))).toEqual({});
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('node(id)', () => {
  it('fetches a card again by the id a card list gave, in one inventory batch', async () => {
    const { cards } = dataOf<{ cards: { edges: { node: { id: string; iccid: string; msisdn: string | null; carrier: { code: string } } }[] } }>(
      await gql(`{ cards(first: 2) { edges { node { id iccid msisdn carrier { code } } } } }`),
    );
    const [first, second] = cards.edges.map((edge) => edge.node);
    if (!first || !second) throw new Error('a fleet of fewer than 2 cards');
    expect(first.id).not.toBe(second.id);
    await harness().resetStats();

    const result = await gql(`query ($a: ID!, $b: ID!) { a: node(id: $a) { id ... on Card { iccid msisdn carrier { code } } } b: node(id: $b) { id ... on Card { iccid } } }`, {
      a: first.id,
      b: second.id,
    });
    expect(dataOf(result)).toEqual({ a: first, b: { id: second.id, iccid: second.iccid } });
    // Both ids through the card(iccid:) loader: one flowcard-get batch for the two.
    expect(dataRoutes(await harness().stats('shingsou'))).toEqual({ 'flowcard-get': expect.objectContaining({ calls: 1, keys: [2] }) });
  });

  it('gives card(iccid:) and node(id:) the same card id', async () => {
    const [card] = harness().simulators.fleet.cards.filter((c) => c.inShingsou);
    if (!card) throw new Error('an empty fleet');
    const { card: direct } = dataOf<{ card: { id: string } }>(await gql(`query ($iccid: String!) { card(iccid: $iccid) { id } }`, { iccid: card.iccid }));
    expect(dataOf<{ node: unknown }>(await node(direct.id)).node).toMatchObject({ __typename: 'Card', id: direct.id, iccid: card.iccid });
  });

  it('fetches an order again by its id, through one order-get page of its card', async () => {
    const { orders } = dataOf<{ orders: { edges: { node: { id: string; orderNo: string; iccid: string; status: string; amount: { fen: number }; card: { id: string } | null } }[] } }>(
      await gql(`{ orders(first: 1) { edges { node { id orderNo iccid status amount { fen } card { id } } } } }`),
    );
    const order = orders.edges[0]?.node;
    if (!order) throw new Error('the demo data has no orders');
    await harness().resetStats();

    const { node: found } = dataOf<{ node: Record<string, unknown> }>(await node(order.id));
    expect(found).toEqual({ __typename: 'Order', id: order.id, orderNo: order.orderNo, cardIccid: order.iccid, status: order.status, amount: order.amount });
    expect(dataRoutes(await harness().stats('shingsou'))).toEqual({ 'order-get': expect.objectContaining({ calls: 1 }) });
    // The order's card is the same Node a card list gives.
    expect(order.card?.id).toBe(b64(`Card:${order.iccid}`));
  });

  it('fetches a merchant and a package again by their ids', async () => {
    const { merchants, packages } = dataOf<{ merchants: { id: string; merchantId: string; provider: string; name: string }[]; packages: { id: string; packageId: number; name: string; price: { fen: number } }[] }>(
      await gql(`{ merchants(provider: WECHAT_PAY) { id merchantId provider name } packages { id packageId name price { fen } } }`),
    );
    const [merchant] = merchants;
    const [offer] = packages;
    if (!merchant || !offer) throw new Error('the demo data has no WeChat Pay merchant or no package');
    expect(new Set(packages.map((p) => p.id)).size).toBe(packages.length);

    expect(dataOf<{ node: unknown }>(await node(merchant.id)).node).toEqual({ __typename: 'Merchant', ...merchant });
    expect(dataOf<{ node: unknown }>(await node(offer.id)).node).toEqual({ __typename: 'Package', ...offer });
  });

  it.each([
    ['garbage', 'not an id'],
    ['a cursor', b64('card:3')],
    ['an unknown type', b64('Voucher:V0001')],
    ['a card id with a malformed ICCID', b64('Card:1234')],
    ['a merchant id of an unknown provider', b64('Merchant:PAYPAL:M-1')],
  ])('refuses %s with BAD_USER_INPUT and no upstream call', async (_, id) => {
    const result = await node(id);
    expect(result.data).toEqual({ node: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({ path: ['node'], extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
    await noUpstreamCalls(harness());
  });

  it('answers an id the upstream does not know as the type own read does: null with NOT_FOUND', async () => {
    const unknownIccid = '89860000000000000000';
    const direct = await gql(`query ($iccid: String!) { card(iccid: $iccid) { iccid } }`, { iccid: unknownIccid });
    expect(direct.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const ids = [b64(`Card:${unknownIccid}`), b64('Package:999999'), b64('Merchant:ALIPAY:M-ALI-9999'), b64(`Order:SO000000000000000000:${unknownIccid}`)];
    for (const id of ids) {
      const result = await node(id);
      expect(result.data).toEqual({ node: null });
      expect(result.errors?.[0]).toMatchObject({ path: ['node'], extensions: { code: 'NOT_FOUND' } });
    }
  });

  it('refuses a type the key has no scope for, as the direct read does, before any upstream call', async () => {
    const { orders, merchants } = dataOf<{ orders: { edges: { node: { id: string } }[] }; merchants: { id: string }[] }>(
      await gql(`{ orders(first: 1) { edges { node { id } } } merchants(provider: WECHAT_PAY) { id } }`),
    );
    const orderId = orders.edges[0]?.node.id ?? '';
    const wechatId = merchants[0]?.id ?? '';
    await harness().resetStats();

    // A cards-only key: orders are FORBIDDEN, directly and through node.
    const direct = await gql(`{ orders(first: 1) { totalCount } }`, {}, CARDS_ONLY);
    const viaNode = await node(orderId, CARDS_ONLY);
    for (const result of [direct, viaNode]) expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'iot.paymentservice.order.get' });
    expect(viaNode.data).toEqual({ node: null });

    // An Alipay-only key: WeChat Pay merchants are FORBIDDEN, directly and through node.
    const directMerchants = await gql(`{ merchants(provider: WECHAT_PAY) { id } }`, {}, ALIPAY_ONLY);
    const merchantNode = await node(wechatId, ALIPAY_ONLY);
    for (const result of [directMerchants, merchantNode]) expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'iot.payment.wechatpay.merchants' });
    // ... and cards likewise, for a key without flowcard.get.
    const cardNode = await node(b64('Card:898607B0101790000012'), ALIPAY_ONLY);
    expect(cardNode.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'iot.cardservice.flowcard.get' });
    await noUpstreamCalls(harness());
  });
});
