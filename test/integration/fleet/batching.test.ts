import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SimCard } from '../../../src/simulators/fleet/types';
import { dataRoutes, type SimStats, useHarness } from '../../support/gateway';

/**
 * Issue 5 acceptance: a fleet dashboard asks 250 cards (a mix of carriers, some listed twice,
 * some known to CMIOT only) with status, usage and location in one request. Every upstream
 * endpoint must be called exactly Σ ceil(unique keys / its batch size) times, single-card
 * endpoints once per unique card, and never with more keys than its limit.
 */

const FIELDS = 'iccid carrier { code } status { state suspendReason source } usage { usedKB quotaKB asOf source } location { lat lng source }';

interface Node {
  iccid: string;
  carrier: { code: string };
  status: { state: string; suspendReason: string | null; source: string } | null;
  usage: { usedKB: number; quotaKB: number | null; asOf: string; source: string } | null;
  location: { lat: number; lng: number; source: string } | null;
}

let cards: SimCard[];
/** What the query asks: 250 ICCIDs, then 20 of them again, then 10 of them by MSISDN. */
let ids: string[];

const harness = useHarness({ simulators: { cards: 400 } });
beforeAll(async () => {
  const fleet = harness().simulators.fleet.cards;
  const cmiotOnly = fleet.filter((c) => !c.inShingsou).slice(0, 6);
  const mobile = fleet.filter((c) => c.inShingsou && c.carrier === 'CHINA_MOBILE').slice(0, 140);
  const others = fleet.filter((c) => c.carrier !== 'CHINA_MOBILE').slice(0, 250 - 140 - cmiotOnly.length);
  // Interleaved, so CMIOT-only cards and carriers spread over all three inventory batches.
  cards = interleave([mobile, others, cmiotOnly]);
  expect(cards).toHaveLength(250);
  expect(cmiotOnly).toHaveLength(6);
  ids = [...cards.map((c) => c.iccid), ...cards.slice(0, 20).map((c) => c.iccid), ...cards.slice(30, 40).filter((c) => c.inShingsou).map((c) => c.msisdn)];
});

describe('250 cards with status, usage and location in one request', () => {
  it('cardsByIds: each endpoint is called Σ ceil(unique keys / batch size) times', async () => {
    const result = await harness().gql(`query ($ids: [String!]!) { cardsByIds(ids: $ids) { ${FIELDS} } }`, { ids });
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as { cardsByIds: Node[] }).cardsByIds;
    expect(nodes).toHaveLength(ids.length);
    checkNodes(nodes);
    await expectMinimalCalls();
  });

  it('card(iccid:) aliases batch the same way', async () => {
    const aliases = ids.map((id, index) => `c${index}: card(${/^1/.test(id) ? 'msisdn' : 'iccid'}: "${id}") { ${FIELDS} }`);
    const result = await harness().gql(`{ ${aliases.join('\n')} }`);
    expect(result.errors).toBeUndefined();
    checkNodes(Object.values(result.data as Record<string, Node>));
    await expectMinimalCalls();
  });
});

function checkNodes(nodes: Node[]): void {
  const byIccid = new Map(cards.map((c) => [c.iccid, c]));
  for (const node of nodes) {
    const card = byIccid.get(node.iccid);
    expect(card).toBeDefined();
    const mobile = card?.carrier === 'CHINA_MOBILE';
    expect(node.carrier.code).toBe(card?.carrier);
    expect(node.usage?.source).toBe(mobile ? 'CMIOT' : 'SHINGSOU');
    if (node.location) expect(node.location.source).toBe(mobile ? 'CMIOT' : 'SHINGSOU');
    expect(node.status).not.toBeNull();
    // A suspended China Mobile card's reason comes from its CMIOT stop reason (card-status.md §4.3).
    if (mobile && card?.state === 'SUSPENDED' && card.platform === 'CT') expect(node.status?.suspendReason).toBe(card.suspendReason);
  }
}

async function expectMinimalCalls(): Promise<void> {
  const [shingsou, cmiot] = await Promise.all([harness().stats('shingsou'), harness().stats('cmiot')]);
  const mobile = cards.filter((c) => c.carrier === 'CHINA_MOBILE');
  const others = cards.filter((c) => c.carrier !== 'CHINA_MOBILE');
  // CMIOT answers 12010 for a CT card whose number no longer exists: its status comes from Shingsou.
  const statusFallback = mobile.filter((c) => c.platform === 'CT' && c.state === 'NOT_FOUND');
  const uniqueIds = new Set(ids).size;
  const cmiotOnly = cards.filter((c) => !c.inShingsou);
  expected.length = 0;

  expectCalls(shingsou, 'flowcard-get', Math.ceil(uniqueIds / 100), 100, uniqueIds);
  expectCalls(cmiot, 'v5/query/sim-card-info/batch', Math.ceil(cmiotOnly.length / 100), 100, cmiotOnly.length);
  expectCalls(cmiot, 'v5/query/sim-status', mobile.length, 1, mobile.length);
  expectCalls(cmiot, 'v5/query/sim-stop-reason', mobile.filter((c) => c.state === 'SUSPENDED').length, 1);
  expectCalls(shingsou, 'flowcard-status', others.length + statusFallback.length, 1);
  expectCalls(cmiot, 'v5/query/sim-data-usage-monthly/batch', Math.ceil(mobile.length / 100), 100, mobile.length);
  expectCalls(shingsou, 'flowcard-data', others.length, 1, others.length);
  expectCalls(cmiot, 'v5/query/last-position-location/batch', Math.ceil(mobile.length / 20), 20, mobile.length);
  expectCalls(shingsou, 'flowcard-location', others.length, 1, others.length);
  // Nothing else: no single-card usage or location calls, no retries; tokens once per upstream at most.
  const called = (stats: SimStats) => Object.entries(dataRoutes(stats)).filter(([, route]) => route.calls > 0).map(([route]) => route);
  expect(called(cmiot).sort()).toEqual(expected.filter((route) => route.startsWith('v5/')).sort());
  expect(called(shingsou).sort()).toEqual(expected.filter((route) => !route.startsWith('v5/')).sort());
  expect(shingsou.tokenCalls + cmiot.tokenCalls).toBeLessThanOrEqual(2);
}

/** The routes the current check expects to see called. */
const expected: string[] = [];

function expectCalls(stats: SimStats, route: string, calls: number, limit: number, keys?: number): void {
  if (calls > 0) expected.push(route);
  const seen = stats.routes[route] ?? { calls: 0, keys: [] };
  expect({ route, calls: seen.calls }).toEqual({ route, calls });
  expect(Math.max(0, ...seen.keys)).toBeLessThanOrEqual(limit);
  if (keys !== undefined) expect({ route, keys: seen.keys.reduce((sum, n) => sum + n, 0) }).toEqual({ route, keys });
}

function interleave<T>(lists: T[][]): T[] {
  const out: T[] = [];
  const longest = Math.max(...lists.map((list) => list.length));
  for (let index = 0; index < longest; index += 1) for (const list of lists) if (index < list.length) out.push(list[index] as T);
  return out;
}
