import { afterEach, describe, expect, it } from '@jest/globals';
import { startHarness, type Harness } from '../support/gateway';

const QUERY = `{ cards(first: 30) { edges { node { iccid carrier { code } status { state } } } } }`;

interface Result {
  data: { cards: { edges: { node: { iccid: string; carrier: { code: string }; status: { state: string } | null } }[] } } | null;
  errors?: { path: (string | number)[]; extensions: Record<string, unknown>; message: string }[];
}

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('a failing upstream fails only its fields', () => {
  it('keeps Shingsou statuses when CMIOT is down, with a coded error on each China Mobile status', async () => {
    harness = await startHarness();
    await harness.knobs('cmiot', { outage: { all: true, routes: [] } });
    const result = (await harness.gql(QUERY)) as Result;
    const nodes = result.data?.cards.edges.map((edge) => edge.node) ?? [];
    const mobile = nodes.filter((node) => node.carrier.code === 'CHINA_MOBILE');
    expect(nodes).toHaveLength(30);
    for (const node of nodes) {
      if (node.carrier.code === 'CHINA_MOBILE') expect(node.status).toBeNull();
      else expect(node.status?.state).toEqual(expect.any(String));
    }
    expect(result.errors).toHaveLength(mobile.length);
    for (const error of result.errors ?? []) {
      expect(error.path).toEqual(['cards', 'edges', expect.any(Number), 'node', 'status']);
      expect(error.extensions).toMatchObject({ upstream: 'cmiot', code: expect.stringMatching(/^UPSTREAM_/) });
    }
  });

  it('reads China Mobile status from Shingsou when CMIOT is not configured', async () => {
    harness = await startHarness({ config: (config) => ({ ...config, cmiot: undefined }) });
    const result = (await harness.gql(QUERY)) as Result;
    expect(result.errors).toBeUndefined();
    expect(await harness.calls('cmiot', 'v5/query/sim-status')).toBe(0);
    expect((await harness.stats('cmiot')).tokenCalls).toBe(0);
    expect(await harness.calls('shingsou', 'flowcard-status')).toBe(30);
  });

  it('fails Shingsou fields with UPSTREAM_AUTH_FAILED on a wrong secret while CMIOT fields resolve, without leaking it', async () => {
    const secret = 'wrong-secret-do-not-leak';
    harness = await startHarness({
      config: (config) => ({ ...config, shingsou: config.shingsou && { ...config.shingsou, clientSecret: secret } }),
    });
    const query = `{ cards(first: 3) { totalCount } arrearsSuspendedCards(first: 5) { totalCount edges { node { msisdn } } } }`;
    const first = await harness.gql(query);
    const second = await harness.gql(query);
    for (const result of [first, second]) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.path).toEqual(['cards']);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', upstream: 'shingsou', upstreamCode: 'invalid_client' });
      const arrears = (result.data as { arrearsSuspendedCards: { totalCount: number } }).arrearsSuspendedCards;
      expect(arrears.totalCount).toBeGreaterThan(0);
    }
    expect(JSON.stringify([first, second])).not.toContain(secret);
    // The second request falls inside the credential back-off: no second token attempt.
    expect((await harness.stats('shingsou')).tokenCalls).toBe(1);
  });
});
