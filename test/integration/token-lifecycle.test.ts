import { afterEach, describe, expect, it } from '@jest/globals';
import { startHarness, takeShingsouTokenOver, type GraphQLResult, type Harness } from '../support/gateway';
import { emptyTestRedis } from '../support/test-redis';

/**
 * Token behaviour end to end (issue: one token per expiry across replicas, no storms): the
 * simulators count every token request, so each scenario asserts the exact number.
 */

const STATUS_PAGE = `{ cards(first: 8) { edges { node { iccid status { state source } } } } }`;

const harnesses: Harness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});

async function start(options: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const harness = await startHarness(options);
  harnesses.push(harness);
  return harness;
}

function authErrors(results: GraphQLResult[]): unknown[] {
  return results.flatMap((result) => result.errors ?? []).filter((error) => error.extensions?.['code'] === 'UPSTREAM_AUTH_FAILED');
}

function expectComplete(results: GraphQLResult[]): void {
  for (const result of results) expect(result.errors).toBeUndefined();
}

describe('tokens', () => {
  it('fetches exactly one token per upstream for 200 concurrent requests at a cold start', async () => {
    const harness = await start();
    const results = await Promise.all(Array.from({ length: 200 }, () => harness.gql(STATUS_PAGE)));
    expectComplete(results);
    expect((await harness.stats('shingsou')).tokenCalls).toBe(1);
    expect((await harness.stats('cmiot')).tokenCalls).toBe(1);
  });

  it('recovers from a token revoked mid-run with exactly one refresh', async () => {
    const harness = await start();
    expectComplete([await harness.gql(STATUS_PAGE)]);
    await harness.resetStats();
    // Someone else takes a new CMIOT token: with one active token per appid the gateway's dies.
    const { cmiot } = harness.simulators;
    const revoke = await fetch(`${cmiot.baseUrl}/v5/ec/get/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appid: cmiot.appid, password: cmiot.password, transid: `${cmiot.appid}2024050113070900000001`, refresh: '1' }),
    });
    expect(((await revoke.json()) as { status: string }).status).toBe('0');
    await harness.resetStats();

    const results = await Promise.all(Array.from({ length: 20 }, () => harness.gql(STATUS_PAGE)));
    expectComplete(results);
    expect((await harness.stats('cmiot')).tokenCalls).toBe(1);
  });

  it('recovers from a Shingsou token overwritten by another client (覆盖) with exactly one refresh', async () => {
    const harness = await start();
    await harness.knobs('shingsou', { oneActiveToken: true });
    expectComplete([await harness.gql(STATUS_PAGE)]);
    // Another server of the same application fetches its own token: ours is now dead (§2.1).
    expect(await takeShingsouTokenOver(harness.simulators)).toBe(200);
    await harness.resetStats();

    const results = await Promise.all(Array.from({ length: 20 }, () => harness.gql(STATUS_PAGE)));
    expectComplete(results);
    expect((await harness.stats('shingsou')).tokenCalls).toBe(1);
  });

  it('refreshes ahead of expiry under steady traffic: one token per window, no auth error reaches a client', async () => {
    const harness = await start();
    await harness.knobs('shingsou', { tokenLifetimeSec: 2 });
    await harness.knobs('cmiot', { tokenLifetimeSec: 2 });
    const results: GraphQLResult[] = [];
    const started = Date.now();
    while (Date.now() - started < 10_000) {
      results.push(await harness.gql(STATUS_PAGE));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(authErrors(results)).toEqual([]);
    expectComplete(results);
    // A 2 s token refreshed 0.2 s before expiry: a new one every 1.8 s over 10 s, plus the first.
    for (const upstream of ['shingsou', 'cmiot'] as const) {
      const tokens = (await harness.stats(upstream)).tokenCalls;
      expect(tokens).toBeGreaterThanOrEqual(5);
      expect(tokens).toBeLessThanOrEqual(7);
    }
  }, 30_000);
});

describe('tokens shared through Redis', () => {
  it('lets four gateways fetch one token per upstream in total, and no 12021 reaches a client', async () => {
    // Tokens of other simulators (an earlier file of this worker) would be stale here: none.
    const env = { KEYV_URL: await emptyTestRedis() };
    const first = await start({ env });
    // Three more replicas: the same simulators, the same Redis.
    const others = await Promise.all([1, 2, 3].map(() => start({ env, shareSimulatorsWith: first })));
    const gateways = [first, ...others];
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => gateways[i % 4]!.gql(STATUS_PAGE)));
    expectComplete(results);
    expect(JSON.stringify(results)).not.toContain('12021');
    expect((await first.stats('shingsou')).tokenCalls).toBe(1);
    expect((await first.stats('cmiot')).tokenCalls).toBe(1);
  });
});
