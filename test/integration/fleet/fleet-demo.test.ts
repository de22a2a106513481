import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pino from 'pino';
import { startSimGraph, type SimGraph } from '../../../src/app';
import { parseConfig } from '../../../src/config';
import type { GraphQLResult } from '../../support/gateway';

/**
 * Issue 14 acceptance: in demo mode (simulators, in-memory store and sync in process, nothing
 * configured), once the sync has finished its first pass, `fleet(filter: { states: [SUSPENDED] },
 * first: 50)` returns only suspended cards, and paged to the end the same set a live status read
 * of every card of the inventory finds.
 */

jest.setTimeout(180_000);

let app: SimGraph;
beforeAll(async () => {
  app = await startSimGraph(parseConfig({ PORT: '0', NODE_ENV: 'test' }), pino({ level: 'silent' }));
});
afterAll(async () => {
  await app?.close();
});

async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(app.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const result = (await response.json()) as GraphQLResult;
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** Polls fleetSummary until the sync says its first pass finished ("within a minute" in demo mode). */
async function firstPass(deadlineMs: number): Promise<{ lastPassFinishedAt: string; cardsInStore: number }> {
  for (;;) {
    const response = await fetch(app.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ fleetSummary { total sync { lastPassFinishedAt cardsInStore } } }' }),
    });
    const result = (await response.json()) as GraphQLResult;
    const sync = (result.data?.['fleetSummary'] as { sync: { lastPassFinishedAt: string | null; cardsInStore: number } | null } | null)?.sync;
    if (sync?.lastPassFinishedAt) return { lastPassFinishedAt: sync.lastPassFinishedAt, cardsInStore: sync.cardsInStore };
    if (Date.now() > deadlineMs) throw new Error(`no finished sync pass in time: ${JSON.stringify(result)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

interface Edge {
  node: { iccid: string; status: { state: string } | null };
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Edge[];
}

describe('fleet in demo mode', () => {
  it('after the first sync pass, SUSPENDED cards are the ones a live read of every card finds suspended', async () => {
    const started = Date.now();
    const pass = await firstPass(started + 120_000);
    const inventory = app.simulators?.fleet.cards.filter((c) => c.inShingsou) ?? [];
    expect(pass.cardsInStore).toBe(inventory.length);

    // The fleet query of the acceptance, then its following pages.
    const FLEET = `query ($after: String) { fleet(filter: { states: [SUSPENDED] }, first: 50, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { iccid status(maxAge: 86400) { state } } } } }`;
    const first = (await gql<{ fleet: Page }>(FLEET)).fleet;
    expect(first.edges.length).toBe(Math.min(50, first.totalCount));
    const fromStore: string[] = [];
    let page = first;
    for (;;) {
      for (const edge of page.edges) expect(edge.node.status?.state).toBe('SUSPENDED');
      fromStore.push(...page.edges.map((edge) => edge.node.iccid));
      if (!page.pageInfo.hasNextPage) break;
      page = (await gql<{ fleet: Page }>(FLEET, { after: page.pageInfo.endCursor })).fleet;
    }
    expect(fromStore.length).toBe(first.totalCount);

    // A live read of every card: the inventory through `cards`, 100 a page, status at maxAge 0.
    const live: string[] = [];
    const CARDS = 'query ($after: String) { cards(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { iccid status { state } } } } }';
    let listed = 0;
    for (let after: string | null = null; ; ) {
      const cards: Page = (await gql<{ cards: Page }>(CARDS, { after })).cards;
      listed += cards.edges.length;
      for (const edge of cards.edges) if (edge.node.status?.state === 'SUSPENDED') live.push(edge.node.iccid);
      if (!cards.pageInfo.hasNextPage) break;
      after = cards.pageInfo.endCursor;
    }
    expect(listed).toBe(inventory.length);
    expect(live.length).toBeGreaterThan(0);
    expect([...fromStore].sort()).toEqual([...live].sort());
    // And both are the simulator's own suspended cards.
    expect([...fromStore].sort()).toEqual(inventory.filter((c) => c.state === 'SUSPENDED').map((c) => c.iccid).sort());
  });
});
