import { beforeAll, describe, expect, it } from '@jest/globals';
import { formatShanghaiDate } from '../../../src/domain';
import { isOnline } from '../../../src/simulators/cmiot/session-view';
import { dayUsage } from '../../../src/simulators/cmiot/usage-model';
import type { SimCard } from '../../../src/simulators/fleet/types';
import { type GraphQLResult, useHarness } from '../../support/gateway';

/** CMIOT-only card reads: platform, powerState, dailyUsage, and Query.cardGroupMembers. */

const DAY_MS = 24 * 3600 * 1000;
const PLATFORM = 'v5/query/sim-platform/batch';
const ON_OFF = 'v5/query/on-off-status';
const DAILY = 'v5/query/sim-data-usage-daily/batch';
const GROUP = 'v5/query/group-member';

let fleet: SimCard[];
let mobile: SimCard[];
let telecom: SimCard;

const harness = useHarness();
beforeAll(async () => {
  fleet = harness().simulators.fleet.cards;
  mobile = fleet.filter((c) => c.carrier === 'CHINA_MOBILE' && c.inShingsou);
  const other = fleet.find((c) => c.carrier === 'CHINA_TELECOM' && c.inShingsou);
  if (mobile.length <= 100 || !other) throw new Error('the seeded fleet has more than 100 China Mobile cards and a Telecom card');
  telecom = other;
});

type Node = Record<string, unknown> & { iccid: string };

function byIds(result: GraphQLResult): Node[] {
  return (result.data as { cardsByIds: Node[] }).cardsByIds;
}

const day = (back: number) => formatShanghaiDate(Date.now() - back * DAY_MS);
const ids = (cards: SimCard[]) => cards.map((c) => c.iccid);

function expectOnlyFieldErrors(result: GraphQLResult, field: string, count: number): void {
  expect(result.errors).toHaveLength(count);
  for (const error of result.errors ?? []) {
    expect(error.path?.at(-1)).toBe(field);
    expect(error.extensions?.['code']).toMatch(/^UPSTREAM_/);
  }
}

describe('Card.platform', () => {
  it('batches China Mobile cards by 100 in sim-platform/batch, null for other carriers', async () => {
    const cards = [...mobile, mobile[0] as SimCard, telecom];
    const result = await harness().gql('query ($ids: [String!]!) { cardsByIds(ids: $ids) { iccid platform } }', { ids: ids(cards) });
    expect(result.errors).toBeUndefined();
    const nodes = byIds(result);
    cards.forEach((sim, index) => {
      const expected = sim.carrier !== 'CHINA_MOBILE' ? null : sim.platform === 'CT' ? 'ONELINK_CT' : 'ONELINK_PB';
      expect({ iccid: nodes[index]?.iccid, platform: nodes[index]?.['platform'] }).toEqual({ iccid: sim.iccid, platform: expected });
    });
    const route = (await harness().stats('cmiot')).routes[PLATFORM];
    expect(route?.calls).toBe(Math.ceil(mobile.length / 100));
    expect(Math.max(...(route?.keys ?? []))).toBeLessThanOrEqual(100);
    expect(route?.keys.reduce((sum, keys) => sum + keys, 0)).toBe(mobile.length);
  });

  it('fails only the platform fields when sim-platform/batch fails', async () => {
    const cards = [...mobile.slice(0, 3), telecom];
    const result = await harness().withFailingRoute('cmiot', PLATFORM, () =>
      harness().gql('query ($ids: [String!]!) { cardsByIds(ids: $ids) { iccid platform } }', { ids: ids(cards) }),
    );
    expectOnlyFieldErrors(result, 'platform', 3);
    expect(byIds(result)).toEqual(cards.map((c) => ({ iccid: c.iccid, platform: null })));
  });
});

describe('Card.powerState', () => {
  it('reads on-off-status once per unique China Mobile card, null for other carriers', async () => {
    const sample = mobile.slice(0, 6);
    const cards = [...sample, sample[1] as SimCard, telecom];
    const result = await harness().gql('query ($ids: [String!]!) { cardsByIds(ids: $ids) { iccid powerState } }', { ids: ids(cards) });
    expect(result.errors).toBeUndefined();
    expect(byIds(result)).toEqual(
      cards.map((c) => ({ iccid: c.iccid, powerState: c.carrier !== 'CHINA_MOBILE' ? null : isOnline(c) ? 'ON' : 'OFF' })),
    );
    expect(await harness().calls('cmiot', ON_OFF)).toBe(sample.length);
  });

  it('fails only the powerState fields when on-off-status fails', async () => {
    const sim = mobile[0] as SimCard;
    const result = await harness().withFailingRoute('cmiot', ON_OFF, () =>
      harness().gql('query ($iccid: String!) { card(iccid: $iccid) { iccid msisdn powerState } }', { iccid: sim.iccid }),
    );
    expectOnlyFieldErrors(result, 'powerState', 1);
    expect(result.data).toEqual({ card: { iccid: sim.iccid, msisdn: sim.msisdn, powerState: null } });
  });
});

describe('Card.dailyUsage', () => {
  it('batches China Mobile cards by 100 per day in sim-data-usage-daily/batch, null for other carriers', async () => {
    const date = day(2);
    const cards = [...mobile, telecom];
    const result = await harness().gql('query ($ids: [String!]!, $date: String!) { cardsByIds(ids: $ids) { iccid dailyUsage(date: $date) { date usedKB usedMB } } }', {
      ids: ids(cards),
      date,
    });
    expect(result.errors).toBeUndefined();
    const noon = Date.parse(`${date}T12:00:00+08:00`);
    expect(byIds(result)).toEqual(
      cards.map((c) => {
        if (c.carrier !== 'CHINA_MOBILE') return { iccid: c.iccid, dailyUsage: null };
        const kb = dayUsage(c, noon);
        return { iccid: c.iccid, dailyUsage: { date, usedKB: kb, usedMB: expect.closeTo(kb / 1024, 2) } };
      }),
    );
    const route = (await harness().stats('cmiot')).routes[DAILY];
    expect(route?.calls).toBe(Math.ceil(mobile.length / 100));
    expect(Math.max(...(route?.keys ?? []))).toBeLessThanOrEqual(100);
  });

  it('accepts yesterday and 7 days ago, and refuses today, 8 days ago and bad dates before any call', async () => {
    const sim = mobile[0] as SimCard;
    const query = 'query ($iccid: String!, $date: String!) { card(iccid: $iccid) { dailyUsage(date: $date) { usedKB } } }';
    for (const date of [day(1), day(7)]) {
      const result = await harness().gql(query, { iccid: sim.iccid, date });
      expect({ date, errors: result.errors }).toEqual({ date, errors: undefined });
    }
    await harness().resetStats();
    for (const date of [day(0), day(8), '2024-02-30', '20240101', 'yesterday']) {
      const result = await harness().gql(query, { iccid: sim.iccid, date });
      expect({ date, extensions: result.errors?.[0]?.extensions }).toEqual({ date, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'date' }) });
    }
    expect(await harness().calls('cmiot', DAILY)).toBe(0);
  });

  it('fails only the dailyUsage fields when the daily batch fails', async () => {
    const cards = [...mobile.slice(0, 2), telecom];
    const result = await harness().withFailingRoute('cmiot', DAILY, () =>
      harness().gql('query ($ids: [String!]!, $date: String!) { cardsByIds(ids: $ids) { iccid dailyUsage(date: $date) { usedKB } } }', {
        ids: ids(cards),
        date: day(1),
      }),
    );
    expectOnlyFieldErrors(result, 'dailyUsage', 2);
    expect(byIds(result)).toEqual(cards.map((c) => ({ iccid: c.iccid, dailyUsage: null })));
  });
});

describe('Query.cardGroupMembers', () => {
  const QUERY = `query ($groupId: String!, $first: Int!, $after: String) {
    cardGroupMembers(groupId: $groupId, first: $first, after: $after) {
      totalCount edges { node { iccid msisdn carrier { code } } } pageInfo { hasNextPage endCursor }
    }
  }`;
  type Page = { totalCount: number; edges: { node: { iccid: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const pageOf = (result: GraphQLResult) => (result.data as { cardGroupMembers: Page }).cardGroupMembers;

  it('pages a group: an aligned page is one call, a misaligned one two, a page holds up to 50', async () => {
    // Simulator DECISION: a group is the cards' Shingsou category; CMIOT lists its China Mobile cards.
    const groupId = '2';
    const members = fleet.filter((c) => c.carrier === 'CHINA_MOBILE' && String(c.categoryId) === groupId);
    expect(members.length).toBeGreaterThan(23);

    const first = await harness().gql(QUERY, { groupId, first: 20 });
    expect(first.errors).toBeUndefined();
    expect(pageOf(first).totalCount).toBe(members.length);
    expect(pageOf(first).edges.map((e) => e.node.iccid)).toEqual(ids(members.slice(0, 20)));
    expect(pageOf(first).pageInfo.hasNextPage).toBe(true);
    expect(await harness().calls('cmiot', GROUP)).toBe(1);

    await harness().resetStats();
    const next = await harness().gql(QUERY, { groupId, first: 20, after: pageOf(first).pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(pageOf(next).edges.map((e) => e.node.iccid)).toEqual(ids(members.slice(20, 40)));
    expect(pageOf(next).pageInfo.hasNextPage).toBe(members.length > 40);
    expect(await harness().calls('cmiot', GROUP)).toBe(1);

    await harness().resetStats();
    const small = await harness().gql(QUERY, { groupId, first: 3 });
    const misaligned = await harness().gql(QUERY, { groupId, first: 20, after: pageOf(small).pageInfo.endCursor });
    expect(pageOf(misaligned).edges.map((e) => e.node.iccid)).toEqual(ids(members.slice(3, 23)));
    expect(await harness().calls('cmiot', GROUP)).toBe(1 + 2);

    await harness().resetStats();
    const whole = await harness().gql(QUERY, { groupId, first: 50 });
    expect(pageOf(whole).edges.map((e) => e.node.iccid)).toEqual(ids(members.slice(0, 50)));
    expect(await harness().calls('cmiot', GROUP)).toBe(1);
  });

  it('refuses a page over 50, a bad group id and a foreign cursor before any call', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ groupId: '2', first: 51 }, 'first'],
      [{ groupId: '2', first: 0 }, 'first'],
      [{ groupId: 'a b', first: 10 }, 'groupId'],
      [{ groupId: '2', first: 10, after: 'bm90LWEtY3Vyc29y' }, 'after'],
    ];
    for (const [variables, argument] of cases) {
      const result = await harness().gql(QUERY, variables);
      expect(result.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', argument }));
    }
    expect(await harness().calls('cmiot', GROUP)).toBe(0);
  });

  it('answers a coded upstream error on the field when group-member fails', async () => {
    const result = await harness().withFailingRoute('cmiot', GROUP, () => harness().gql(QUERY, { groupId: '2', first: 10 }));
    expectOnlyFieldErrors(result, 'cardGroupMembers', 1);
    expect(result.data).toEqual({ cardGroupMembers: null });
  });
});
