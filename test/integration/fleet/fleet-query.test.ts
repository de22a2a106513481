import { beforeAll, describe, expect, it } from '@jest/globals';
import type { CardUsage } from '../../../src/domain';
import type { SimCard } from '../../../src/simulators/fleet/types';
import { seedStore } from './support/fleet-seed';
import { total, useFleetHarness } from './support/fleet-harness';

/**
 * `fleet` over a store filled from the simulators (issue 14 §3): every filter and order checked
 * against the simulator's own fleet, paging with stable cursors, freshness on every edge, and no
 * upstream call for the store's part of the answer.
 */

interface Edge {
  cursor: string;
  syncedAt: string;
  inventorySyncedAt: string;
  statusSyncedAt: string | null;
  usageSyncedAt: string | null;
  usagePercent: number | null;
  node: { iccid: string; msisdn: string | null };
}
interface Page {
  edges: Edge[];
  totalCount: number;
  oldestSyncedAt: string | null;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE = `query ($filter: FleetFilter, $orderBy: FleetOrder, $first: Int, $after: String) {
  fleet(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount oldestSyncedAt
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor syncedAt inventorySyncedAt statusSyncedAt usageSyncedAt usagePercent node { iccid msisdn } }
  }
}`;

let usages: Map<string, CardUsage>;
let seededAt: Date;
const harness = useFleetHarness({}, async (h) => {
  seededAt = new Date(Date.now() - 60_000);
  usages = await seedStore(h.store, h.upstreams, seededAt);
});

let stored: SimCard[];
beforeAll(() => {
  stored = harness().simulators.fleet.cards.filter((card) => card.inShingsou);
});

async function page(variables: Record<string, unknown>): Promise<Page> {
  const result = await harness().gql(PAGE, variables);
  expect(result.errors).toBeUndefined();
  return (result.data as { fleet: Page }).fleet;
}

/** Every card of a filter and order, page after page of `size`. */
async function all(filter: Record<string, unknown> | undefined, orderBy?: Record<string, unknown>, size = 100): Promise<Edge[]> {
  const edges: Edge[] = [];
  let after: string | null = null;
  for (;;) {
    const current: Page = await page({ filter, orderBy, first: size, after });
    edges.push(...current.edges);
    expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!current.pageInfo.hasNextPage) break;
    after = current.pageInfo.endCursor;
  }
  return edges;
}

const iccids = (cards: readonly { iccid: string }[]) => cards.map((card) => card.iccid).sort();
const nodes = (edges: readonly Edge[]) => iccids(edges.map((edge) => edge.node));

describe('fleet', () => {
  it('lists every stored card in ICCID order by default, in pages with stable cursors, with no upstream call', async () => {
    const first = await page({ first: 50 });
    expect(first.totalCount).toBe(stored.length);
    expect(first.edges).toHaveLength(50);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const every = await all(undefined, undefined, 70);
    expect(every.map((edge) => edge.node.iccid)).toEqual(iccids(stored));
    expect(every.slice(0, 50).map((edge) => edge.cursor)).toEqual(first.edges.map((edge) => edge.cursor));
    expect(total(await harness().dataCalls())).toBe(0);
  });

  it('says how old each edge is, and the page how old its oldest edge is', async () => {
    const { edges, oldestSyncedAt } = await page({ first: 20 });
    for (const edge of edges) {
      expect(new Date(edge.inventorySyncedAt).getTime()).toBe(seededAt.getTime());
      expect(new Date(edge.syncedAt).getTime()).toBeLessThanOrEqual(new Date(edge.inventorySyncedAt).getTime());
      if (usages.has(edge.node.iccid)) expect(new Date(edge.usageSyncedAt ?? 0).getTime()).toBe(seededAt.getTime());
    }
    const oldest = Math.min(...edges.map((edge) => new Date(edge.syncedAt).getTime()));
    expect(new Date(oldestSyncedAt ?? 0).getTime()).toBe(oldest);
  });

  it.each([
    ['states', { states: ['SUSPENDED'] }, (c: SimCard) => c.state === 'SUSPENDED'],
    ['states (two)', { states: ['SUSPENDED', 'TERMINATED'] }, (c: SimCard) => c.state === 'SUSPENDED' || c.state === 'TERMINATED'],
    ['carriers', { carriers: ['CHINA_TELECOM', 'CHINA_UNICOM'] }, (c: SimCard) => c.carrier !== 'CHINA_MOBILE'],
    ['realName', { realName: false }, (c: SimCard) => !c.realName.verified],
    ['states and carriers', { states: ['SUSPENDED'], carriers: ['CHINA_MOBILE'] }, (c: SimCard) => c.state === 'SUSPENDED' && c.carrier === 'CHINA_MOBILE'],
  ])('filters by %s as the simulator has the cards', async (_name, filter, expected) => {
    const edges = await all(filter);
    const want = iccids(stored.filter(expected));
    expect(want.length).toBeGreaterThan(0);
    expect(nodes(edges)).toEqual(want);
  });

  it('filters by tags, type and category as the simulator has them', async () => {
    const tagged = stored.find((card) => card.tags.length > 0);
    const typed = stored.find((card) => card.typeId !== null);
    const categorized = stored.find((card) => card.categoryId !== null);
    if (!tagged || !typed || !categorized) throw new Error('the simulated fleet has tags, types and categories');
    const tag = tagged.tags[0] as string;
    expect(nodes(await all({ tags: [tag] }))).toEqual(iccids(stored.filter((c) => c.tags.includes(tag))));
    expect(nodes(await all({ typeIds: [typed.typeId] }))).toEqual(iccids(stored.filter((c) => c.typeId === typed.typeId)));
    expect(nodes(await all({ categoryIds: [categorized.categoryId] }))).toEqual(iccids(stored.filter((c) => c.categoryId === categorized.categoryId)));
  });

  it('filters by a part of the ICCID or of the MSISDN', async () => {
    const card = stored[7] as SimCard;
    const byIccid = card.iccid.slice(-8).toLowerCase();
    expect(nodes(await all({ keyword: byIccid }))).toEqual(iccids(stored.filter((c) => c.iccid.toLowerCase().includes(byIccid) || c.msisdn.includes(byIccid))));
    const byMsisdn = card.msisdn.slice(3, 10);
    const want = iccids(stored.filter((c) => c.msisdn.includes(byMsisdn) || c.iccid.includes(byMsisdn)));
    expect(want).toContain(card.iccid);
    expect(nodes(await all({ keyword: byMsisdn }))).toEqual(want);
  });

  it('filters by expiry before an instant', async () => {
    // The inventory gives expiry to the second (`shingsou.md` §5.1): compare whole seconds.
    const second = (ms: number) => Math.floor(ms / 1000) * 1000;
    const expiries = stored.flatMap((c) => (c.expiresAt === null ? [] : [second(c.expiresAt)])).sort((a, b) => a - b);
    const before = expiries[Math.floor(expiries.length / 2)] as number;
    const want = iccids(stored.filter((c) => c.expiresAt !== null && second(c.expiresAt) < before));
    expect(want.length).toBeGreaterThan(0);
    expect(nodes(await all({ expiresBefore: new Date(before).toISOString() }))).toEqual(want);
  });

  it('filters by usage percent as the upstreams reported it', async () => {
    const percent = (usage: CardUsage) => (usage.quotaKb ? (usage.usedKb * 100) / usage.quotaKb : null);
    // The upper quarter of the fleet's percentages, whatever the seeded month looks like.
    const percents = [...usages.values()].flatMap((u) => (percent(u) === null ? [] : [percent(u) as number])).sort((a, b) => a - b);
    expect(percents.length).toBeGreaterThan(10);
    const atLeast = Math.floor(percents[Math.floor(percents.length * 0.75)] as number);
    const want = iccids([...usages].filter(([, u]) => (percent(u) ?? -1) >= atLeast).map(([iccid]) => ({ iccid })));
    expect(want.length).toBeGreaterThan(0);
    const edges = await all({ usagePercentAtLeast: atLeast });
    expect(nodes(edges)).toEqual(want);
    for (const edge of edges) expect(edge.usagePercent).toBeGreaterThanOrEqual(atLeast);
  });

  describe('orders', () => {
    type Key = (card: SimCard) => number | string | null;
    const usageOf = (card: SimCard) => usages.get(card.iccid);
    const cases: [string, Key][] = [
      ['USED_KB', (c) => usageOf(c)?.usedKb ?? null],
      ['USAGE_PERCENT', (c) => {
        const usage = usageOf(c);
        return usage?.quotaKb ? (usage.usedKb * 100) / usage.quotaKb : null;
      }],
      // To the second, as the inventory gives it.
      ['EXPIRES_AT', (c) => (c.expiresAt === null ? null : Math.floor(c.expiresAt / 1000) * 1000)],
      ['ICCID', (c) => c.iccid],
    ];
    it.each(cases.flatMap(([field, key]) => (['ASC', 'DESC'] as const).map((direction) => [field, direction, key] as const)))(
      '%s %s: keyed cards in that order (ties by ICCID), cards without a key last, the same across pages',
      async (field, direction, key) => {
        const edges = await all(undefined, { field, direction }, 60);
        expect(edges.map((e) => e.node.iccid)).toEqual(expectedOrder(stored, key, direction));
      },
    );

    it('STATE_CHANGED_AT: every stored card once, in the order of the carrier times the store kept', async () => {
      const asc = await all(undefined, { field: 'STATE_CHANGED_AT', direction: 'ASC' }, 80);
      const desc = await all(undefined, { field: 'STATE_CHANGED_AT', direction: 'DESC' }, 80);
      expect(nodes(asc)).toEqual(iccids(stored));
      expect(nodes(desc)).toEqual(iccids(stored));
      const rows = await harness().store.rows(stored.map((c) => c.iccid));
      const time = (edge: Edge) => rows.get(edge.node.iccid)?.stateChangedAt?.getTime() ?? null;
      const keyed = asc.map(time).filter((t): t is number => t !== null);
      expect(keyed).toEqual([...keyed].sort((a, b) => a - b));
    });
  });

  it('pages a filtered, ordered list the same as one page of it', async () => {
    const filter = { carriers: ['CHINA_MOBILE'] };
    const orderBy = { field: 'USED_KB', direction: 'DESC' };
    const whole = await page({ filter, orderBy, first: 250 });
    const paged = await all(filter, orderBy, 13);
    expect(paged.map((e) => e.node.iccid)).toEqual(whole.edges.map((e) => e.node.iccid));
    expect(whole.totalCount).toBe(stored.filter((c) => c.carrier === 'CHINA_MOBILE').length);
  });

  it('answers every live field of a node as cards does', async () => {
    const result = await harness().gql(`{ fleet(first: 3, filter: { carriers: [CHINA_TELECOM] }) { edges { node { id iccid carrier { code } status { state source } usage { usedKB source } } } } }`);
    expect(result.errors).toBeUndefined();
    const edges = (result.data as { fleet: { edges: { node: { carrier: { code: string }; status: { source: string }; usage: { source: string } } }[] } }).fleet.edges;
    expect(edges).toHaveLength(3);
    for (const { node } of edges) {
      expect(node.carrier.code).toBe('CHINA_TELECOM');
      expect(node.status.source).toBe('SHINGSOU');
      expect(node.usage.source).toBe('SHINGSOU');
    }
    // maxAge 0 (the default) is live: one status and one usage read per card.
    const calls = await harness().dataCalls();
    expect(calls['shingsou flowcard-status']).toBe(3);
    expect(calls['shingsou flowcard-data']).toBe(3);
  });
});

/** The expected order: keyed cards by key then ICCID in `direction`, then unkeyed cards by ICCID in `direction`. */
function expectedOrder(cards: readonly SimCard[], key: (card: SimCard) => number | string | null, direction: 'ASC' | 'DESC'): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  const keyed = cards.filter((c) => key(c) !== null).sort((a, b) => sign * (compare(key(a) as string | number, key(b) as string | number) || compare(a.iccid, b.iccid)));
  const unkeyed = cards.filter((c) => key(c) === null).sort((a, b) => sign * compare(a.iccid, b.iccid));
  return [...keyed, ...unkeyed].map((c) => c.iccid);
}
