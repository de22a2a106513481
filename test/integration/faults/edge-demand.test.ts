import { beforeEach, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { type GraphQLResult, startHarness, useHarness } from '../../support/gateway';

/**
 * Issue 9 item 4: operations that would flood an upstream are refused before any upstream call
 * (asserted from the simulators' own counters), and a 250-card dashboard passes.
 */

const lines: Record<string, unknown>[] = [];

const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
const harness = useHarness({ log });
beforeEach(() => {
  lines.length = 0;
});

/** Every upstream call since the last reset, token calls included. */
async function upstreamCalls(): Promise<number> {
  let total = 0;
  for (const upstream of ['shingsou', 'cmiot'] as const) {
    const stats = await harness().stats(upstream);
    total += stats.tokenCalls + Object.values(stats.routes).reduce((sum, route) => sum + route.calls, 0);
  }
  return total;
}

async function refused(query: string): Promise<{ status: number; body: GraphQLResult }> {
  const response = await harness().post({ query }, { 'x-request-id': 'edge-demand-1' });
  const body = (await response.json()) as GraphQLResult;
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.length).toBeGreaterThan(0);
  expect(await upstreamCalls()).toBe(0);
  return { status: response.status, body };
}

const nested = (levels: number, leaf: string): string => (levels === 0 ? leaf : `cards(first: 10) { edges { node { carrier { ${nested(levels - 1, leaf)} } } } }`);

describe('demand control and operation limits', () => {
  it('refuses 5,000 aliases of orders(first: 1) with no upstream call', async () => {
    const query = `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: orders(first: 1) { totalCount }`).join(' ')} }`;
    const { status, body } = await refused(query);
    expect(status).toBe(400);
    // 40,000 tokens: graphql-js stops lexing at MAX_QUERY_TOKENS, before validation or cost.
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(lines.filter((line) => line['msg'] === 'refused: tokens limit')).toEqual([expect.objectContaining({ requestId: 'edge-demand-1', limit: 'tokens' })]);
  });

  it('refuses 600 aliases (under the token limit) by the alias limit, and 350 dearer ones by cost, with no upstream call', async () => {
    const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    const byAliases = await refused(aliases(600, 'orders(first: 1) { totalCount }'));
    expect(byAliases.body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(byAliases.body.errors?.[0]?.message).toContain('Aliases limit of 500');

    // 350 pages of 3 cards with live status: 350 page reads + 1,050 status reads.
    const { status, body } = await refused(aliases(350, 'cards(first: 3) { edges { node { status { state } } } }'));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', estimatedCalls: 1400, maxCalls: 1000 });
  });

  it('refuses the 4-level carriers → cards nesting (3,333 calls) as QUERY_TOO_EXPENSIVE with the estimate', async () => {
    const { status, body } = await refused(`{ carriers { ${nested(4, 'iccid')} } }`.replace('carrier { iccid }', 'iccid'));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', estimatedCalls: 3333, maxCalls: 1000 });
    const logged = lines.filter((line) => line['msg'] === 'refused: query too expensive');
    expect(logged).toEqual([expect.objectContaining({ requestId: 'edge-demand-1', estimatedCalls: 3333, maxCalls: 1000 })]);
    expect(JSON.stringify(logged)).not.toContain('carriers');
  });

  it('refuses a 61-level query by depth', async () => {
    const cycles = 15; // carriers + 15 × (cards, edges, node, carrier) = 61 levels, then a leaf
    const { status, body } = await refused(`{ carriers { ${nested(cycles, 'code')} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toContain('Query depth limit of 20 exceeded');
    expect(lines.filter((line) => line['msg'] === 'refused: depth limit')).toHaveLength(1);
  });

  it('lets a 250-card dashboard with status, usage and location through, within its estimate', async () => {
    const ids = harness().simulators.fleet.cards.slice(0, 250).map((card) => card.iccid);
    const result = await harness().gql(
      'query ($ids: [String!]!) { cardsByIds(ids: $ids) { iccid status { state } usage { usedMB } location { lat lng } } }',
      { ids },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.['cardsByIds']).toHaveLength(250);
    const calls = await upstreamCalls();
    // Estimated 756 (6 inventory batches + 250 × 3 at the dearest route); CMIOT batches make it less.
    expect(calls).toBeGreaterThan(250);
    expect(calls).toBeLessThanOrEqual(756);
  });

  it('logs a CSRF refusal once with the request id', async () => {
    // A "simple" request a browser sends cross-site without preflight: Apollo's CSRF prevention refuses it.
    const response = await fetch(`${harness().gateway.url}?query=${encodeURIComponent('{ carriers { code } }')}`, {
      headers: { 'x-request-id': 'edge-csrf-1' },
    });
    expect(response.status).toBe(400);
    expect(await upstreamCalls()).toBe(0);
    expect(lines.filter((line) => line['msg'] === 'refused: invalid HTTP request')).toEqual([
      expect.objectContaining({ requestId: 'edge-csrf-1', reason: expect.stringContaining('Cross-Site Request Forgery') }),
    ]);
  });

  it('keeps field suggestions out of production errors', async () => {
    const production = await startHarness({ shareSimulatorsWith: harness(), config: (config) => ({ ...config, nodeEnv: 'production' }) });
    try {
      const quiet = await production.gql('{ cardz { totalCount } }');
      expect(quiet.errors?.[0]?.message).not.toContain('Did you mean');
      const chatty = await harness().gql('{ cardz { totalCount } }');
      expect(chatty.errors?.[0]?.message).toContain('Did you mean');
    } finally {
      await production.close();
    }
  });
});
