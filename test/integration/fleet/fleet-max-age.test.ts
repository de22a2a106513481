import { describe, expect, it } from '@jest/globals';
import type { CardUsage } from '../../../src/domain';
import { seedStore } from './support/fleet-seed';
import { total, useFleetHarness } from './support/fleet-harness';

/**
 * `Card.status(maxAge:)` and `Card.usage(maxAge:)` read the fleet store when its reading is
 * younger than maxAge (up to 86,400 s), live otherwise, and say when the carrier gave the answer
 * (issue 14 §3). Acceptance: a 250-card dashboard page at maxAge 3600 over a fresh store makes at
 * most 3 upstream calls.
 */

const TWO_HOURS = 2 * 3600_000;
let usages: Map<string, CardUsage>;
const harness = useFleetHarness({ cards: 400 }, async (h) => {
  usages = await seedStore(h.store, h.upstreams, new Date(Date.now() - TWO_HOURS));
});

/** Cards the store holds a status and a usage reading of, non-Mobile first (their live reads are single-card calls). */
async function storedCards(count: number, carrier?: 'CHINA_TELECOM'): Promise<string[]> {
  const candidates = harness().simulators.fleet.cards.filter((c) => c.inShingsou && (!carrier || c.carrier === carrier) && usages.has(c.iccid));
  const rows = await harness().store.rows(candidates.map((c) => c.iccid));
  const iccids = candidates.filter((c) => rows.get(c.iccid)?.status).map((c) => c.iccid);
  expect(iccids.length).toBeGreaterThanOrEqual(count);
  return iccids.slice(0, count);
}

const STATUS = `query ($iccid: String!, $maxAge: Int!) { card(iccid: $iccid) { status(maxAge: $maxAge) { state checkedAt } usage(maxAge: $maxAge) { usedKB asOf } } }`;

interface Read {
  status: { state: string; checkedAt: string };
  usage: { usedKB: number; asOf: string };
}

async function read(iccid: string, maxAge: number): Promise<Read> {
  const result = await harness().gql(STATUS, { iccid, maxAge });
  expect(result.errors).toBeUndefined();
  return (result.data as { card: Read }).card;
}

describe('maxAge over a store last synced two hours ago', () => {
  it('maxAge 86400: the stored reading, with the carrier times the store kept, and no status or usage call', async () => {
    const [iccid] = await storedCards(1, 'CHINA_TELECOM');
    const row = (await harness().store.rows([iccid as string])).get(iccid as string);
    const answer = await read(iccid as string, 86_400);
    expect(answer.status).toEqual({ state: row?.status?.state, checkedAt: new Date(row?.status?.checkedAt ?? 0).toISOString() });
    expect(answer.usage).toEqual({ usedKB: row?.usage?.usedKb, asOf: new Date(row?.usage?.asOf ?? 0).toISOString() });
    // The card itself is looked up (flowcard-get cardNos=); nothing else.
    expect(await harness().dataCalls()).toEqual({ 'shingsou flowcard-get': 1 });
  });

  it('maxAge 3600: too old, so live (one flowcard-status and one flowcard-data), answered as of now', async () => {
    const [, iccid] = await storedCards(2, 'CHINA_TELECOM');
    const before = Date.now();
    const answer = await read(iccid as string, 3600);
    expect(new Date(answer.status.checkedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await harness().dataCalls()).toEqual({ 'shingsou flowcard-get': 1, 'shingsou flowcard-status': 1, 'shingsou flowcard-data': 1 });
  });

  it('maxAge 86401 is refused before any call', async () => {
    const [iccid] = await storedCards(1);
    const result = await harness().gql(STATUS, { iccid, maxAge: 86_401 });
    expect(result.errors?.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.['argument']).toBe('maxAge');
  });
});

describe('maxAge over a fresh store', () => {
  it('a 250-card dashboard page at maxAge 3600 makes at most 3 upstream calls: the card lookups, no status or usage read', async () => {
    await seedStore(harness().store, harness().upstreams);
    const iccids = await storedCards(250);
    await harness().resetStats();
    const result = await harness().gql(
      'query ($ids: [String!]!) { cardsByIds(ids: $ids) { iccid status(maxAge: 3600) { state checkedAt } usage(maxAge: 3600) { usedKB quotaKB asOf } } }',
      { ids: iccids },
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as { cardsByIds: unknown[] }).cardsByIds).toHaveLength(250);
    const calls = await harness().dataCalls();
    // Measured: 3, the flowcard-get cardNos= batches of 100 that find the cards.
    expect(calls).toEqual({ 'shingsou flowcard-get': 3 });
    expect(total(calls)).toBeLessThanOrEqual(3);
    // One store read for all 250 cards (the request's fleet.rows loader batches the tick).
    expect(harness().storeCalls.get('rows')).toBe(1);
  });

  it('the same page from fleet costs no upstream call and no second store read', async () => {
    const result = await harness().gql('{ fleet(first: 250) { edges { syncedAt node { iccid status(maxAge: 3600) { state } usage(maxAge: 3600) { usedKB } } } } }');
    expect(result.errors).toBeUndefined();
    const edges = (result.data as { fleet: { edges: { node: { iccid: string } }[] } }).fleet.edges;
    expect(edges).toHaveLength(250);
    // Cards the store holds no reading of (usage the upstream refused) are read live; the rest are not.
    const rows = await harness().store.rows(edges.map((e) => e.node.iccid));
    const unread = [...rows.values()].filter((row) => !row.usage || !row.status);
    const calls = await harness().dataCalls();
    expect(total(calls)).toBeLessThanOrEqual(unread.length);
    if (unread.length === 0) expect(calls).toEqual({});
    // The page's rows answer the nodes' maxAge reads: no store.rows after the page.
    expect(Object.fromEntries(harness().storeCalls)).toEqual({ page: 1 });
  });
});
