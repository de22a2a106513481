import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, type GraphQLResult, type Harness } from '../../support/gateway';
import { startTestRedis, type TestRedis } from '../../support/redis-server';

/**
 * Issue 9 item 5 (the edge's half): per-API-key budgets of requests and of estimated upstream
 * calls per minute; RATE_LIMITED with retryAfter and a Retry-After header; one budget across
 * replicas through Redis; a Redis that dies never fails or hangs a request.
 */

const KEY_A = 'dashboard-key-aaaaaaaaaaaa';
const KEY_B = 'dashboard-key-bbbbbbbbbbbb';
const API_KEYS = `${KEY_A}=iot.cardservice.all;${KEY_B}=iot.cardservice.all`;
const LOCAL = '{ carriers { code } }';

async function ask(harness: Harness, key: string, query = LOCAL) {
  const response = await harness.post({ query }, { 'x-api-key': key });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as GraphQLResult };
}

async function upstreamCalls(harness: Harness): Promise<number> {
  let total = 0;
  for (const upstream of ['shingsou', 'cmiot'] as const) {
    const stats = await harness.stats(upstream);
    total += Object.values(stats.routes).reduce((sum, route) => sum + route.calls, 0);
  }
  return total;
}

describe('per-key rate limits in memory', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ env: { API_KEYS, RATE_LIMIT_REQUESTS_PER_MINUTE: '3', RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '30' } });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('refuses the 4th request of a minute with RATE_LIMITED, retryAfter and Retry-After, per key', async () => {
    for (let i = 0; i < 3; i += 1) expect((await ask(harness, KEY_A)).status).toBe(200);
    const refused = await ask(harness, KEY_A);
    expect(refused.status).toBe(429);
    const error = refused.body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'requests', limitPerMinute: 3 });
    const retryAfter = error?.extensions?.['retryAfter'];
    expect(typeof retryAfter).toBe('number');
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.retryAfter).toBe(String(retryAfter));
    // Another key has its own budget.
    expect((await ask(harness, KEY_B)).status).toBe(200);
  });

  it('charges the estimated upstream calls, and refuses the operation that does not fit before any call', async () => {
    await harness.resetStats();
    const page = '{ cards(first: 20) { edges { node { iccid status { state } } } } }'; // estimated 21
    const first = await ask(harness, KEY_B, page);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    const spent = await upstreamCalls(harness);
    const second = await ask(harness, KEY_B, page);
    expect(second.status).toBe(429);
    expect(second.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'upstreamCalls', limitPerMinute: 30 });
    expect(await upstreamCalls(harness)).toBe(spent);
  });
});

describe('per-key rate limits shared through Redis', () => {
  let redis: TestRedis;
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    redis = await startTestRedis();
    const env = { API_KEYS, KEYV_URL: redis.url, RATE_LIMIT_REQUESTS_PER_MINUTE: '4' };
    a = await startHarness({ env });
    b = await startHarness({ env, shareSimulatorsWith: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
    await redis.close();
  });

  it('spends one budget per key across two replicas', async () => {
    // Redis connects in the background; until then each replica decides alone. Wait for it.
    for (let tries = 0; tries < 100; tries += 1) {
      const ready = await fetch(a.gateway.url.replace(/\/graphql$/, '/readyz'));
      if (((await ready.json()) as { redis: string }).redis === 'up') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await ask(a, KEY_A)).status).toBe(200);
    expect((await ask(b, KEY_A)).status).toBe(200);
    expect((await ask(a, KEY_A)).status).toBe(200);
    expect((await ask(b, KEY_A)).status).toBe(200);
    const refused = await ask(a, KEY_A);
    expect(refused.status).toBe(429);
    expect((await ask(b, KEY_A)).status).toBe(429);
  });

  it('answers while Redis is down: each replica falls back to its own in-memory budget', async () => {
    await redis.kill();
    const answers = await Promise.all([ask(a, KEY_B), ask(b, KEY_B), ask(a, KEY_B)]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
  });
});
