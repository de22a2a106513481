import { describe, expect, it } from '@jest/globals';
import { useHarness } from '../support/gateway';

const FLEET_PAGE = `query ($first: Int!, $after: String, $carrier: CarrierCode) {
  cards(first: $first, after: $after, carrier: $carrier) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { iccid msisdn imsi carrier { code name } status { state rawCode rawLabel source } } }
  }
}`;

interface Node {
  iccid: string;
  msisdn: string | null;
  carrier: { code: string; name: string };
  status: { state: string; rawCode: string; rawLabel: string; source: string } | null;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
}


const harness = useHarness();

async function page(variables: Record<string, unknown>): Promise<Page> {
  const result = await harness().gql(FLEET_PAGE, variables);
  expect(result.errors).toBeUndefined();
  return (result.data as { cards: Page }).cards;
}

describe('Query.cards', () => {
  it('returns a page with live status, routing China Mobile cards to CMIOT and the rest to Shingsou', async () => {
    const cards = await page({ first: 20 });
    const nodes = cards.edges.map((edge) => edge.node);
    const mobile = nodes.filter((node) => node.carrier.code === 'CHINA_MOBILE');
    expect(nodes).toHaveLength(20);
    expect(cards.totalCount).toBeGreaterThan(20);
    expect(mobile.length).toBeGreaterThan(0);
    expect(mobile.length).toBeLessThan(20);
    for (const node of nodes) {
      expect(node.status).not.toBeNull();
      expect(node.status?.source).toEqual(node.carrier.code === 'CHINA_MOBILE' ? expect.stringMatching(/^CMIOT_V5_(PB|CT)$/) : 'SHINGSOU');
      expect(node.status?.rawLabel).not.toBe('');
    }

    const shingsou = await harness().stats('shingsou');
    const cmiot = await harness().stats('cmiot');
    expect(shingsou.routes['flowcard-get']?.calls).toBe(1);
    expect(shingsou.routes['flowcard-status']?.calls).toBe(20 - mobile.length);
    expect(cmiot.routes['v5/query/sim-status']?.calls).toBe(mobile.length);
    expect(shingsou.tokenCalls + cmiot.tokenCalls).toBe(2);
  });

  it('reuses both tokens on the next request', async () => {
    await page({ first: 5 });
    const [shingsou, cmiot] = [await harness().stats('shingsou'), await harness().stats('cmiot')];
    expect(shingsou.tokenCalls).toBe(0);
    expect(cmiot.tokenCalls).toBe(0);
  });

  it('pages forward with cursors without gaps or repeats', async () => {
    const first = await page({ first: 7 });
    const second = await page({ first: 7, after: first.pageInfo.endCursor });
    const unaligned = await page({ first: 5, after: first.edges[2]?.cursor });
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const ids = [...first.edges, ...second.edges].map((edge) => edge.node.iccid);
    expect(new Set(ids).size).toBe(14);
    expect(unaligned.edges.map((edge) => edge.node.iccid)).toEqual(ids.slice(3, 8));
    // An aligned window is one upstream page; an unaligned one spans two.
    expect(await harness().calls('shingsou', 'flowcard-get')).toBe(4);
  });

  it('filters by carrier upstream', async () => {
    const telecom = await page({ first: 10, carrier: 'CHINA_TELECOM' });
    expect(telecom.edges.length).toBeGreaterThan(0);
    for (const edge of telecom.edges) expect(edge.node.carrier).toEqual({ code: 'CHINA_TELECOM', name: '中国电信' });
    expect(await harness().calls('cmiot', 'v5/query/sim-status')).toBe(0);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: 5, after: 'not-a-cursor' }, 'after'],
    [{ first: 5, carrier: 'UNKNOWN' }, 'carrier'],
  ])('refuses %j as BAD_USER_INPUT before any upstream call', async (variables, argument) => {
    const result = await harness().gql(FLEET_PAGE, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(result.errors?.[0]?.message).toContain(argument);
    expect(await harness().calls('shingsou', 'flowcard-get')).toBe(0);
  });
});

describe('Query.card', () => {
  const ONE = `query ($iccid: String, $msisdn: String) { card(iccid: $iccid, msisdn: $msisdn) { iccid msisdn carrier { code } status { state } } }`;

  it('finds a card by ICCID and by MSISDN in one batched lookup', async () => {
    const listed = (await page({ first: 2 })).edges.map((edge) => edge.node);
    await harness().resetStats();
    const [a, b] = listed as [Node, Node];
    const result = await harness().gql(
      `query ($a: String, $b: String) { x: card(iccid: $a) { iccid } y: card(msisdn: $b) { iccid } }`,
      { a: a.iccid.toLowerCase(), b: b.msisdn },
    );
    expect(result.data).toEqual({ x: { iccid: a.iccid }, y: { iccid: b.iccid } });
    const stats = await harness().stats('shingsou');
    expect(stats.routes['flowcard-get']).toEqual({ calls: 1, keys: [2] });
  });

  it('answers an unknown card with NOT_FOUND and a null card', async () => {
    const result = await harness().gql(ONE, { iccid: '89860399999999999999' });
    expect(result.data).toEqual({ card: null });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it.each([
    [{ iccid: '1234' }, 'iccid'],
    [{ msisdn: '2381234567' }, 'msisdn'],
    [{}, 'iccid'],
    [{ iccid: '89860399999999999999', msisdn: '14765004176' }, 'iccid'],
  ])('refuses %j as BAD_USER_INPUT before any upstream call', async (variables, argument) => {
    const result = await harness().gql(ONE, variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect((await harness().stats('shingsou')).routes).toEqual({});
  });
});
