import { afterEach, describe, expect, it } from '@jest/globals';
import { startHarness, type GraphQLResult, type Harness } from '../../support/gateway';
import { startTestRedis, type TestRedis } from '../../support/redis-server';

/**
 * Issue 9 item 5 (the upstream half): each upstream account's bound on calls in flight and per
 * second holds for the whole fleet, not per replica. Four gateways share one simulator pair and
 * a Redis of the test's own; the simulators' `maxConcurrent` is the proof.
 */

const STATUS_PAGE = `{ cards(first: 8) { edges { node { iccid status { state } } } } }`;
const LIST_ONLY = `{ cards(first: 1) { edges { node { iccid } } } }`;
const BOUND = 4;
/** Slow enough that calls overlap: without a shared bound, four replicas reach 4 x 4. */
const SLOW = { latency: { '*': { baseMs: 40, jitterMs: 10 } } };

const harnesses: Harness[] = [];
let redis: TestRedis | undefined;
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
  await redis?.close();
  redis = undefined;
});

async function fleet(env: Record<string, string>): Promise<Harness[]> {
  const first = await startHarness({ env });
  harnesses.push(first);
  const others = await Promise.all([1, 2, 3].map(() => startHarness({ env, shareSimulatorsWith: first })));
  harnesses.push(...others);
  return [first, ...others];
}

async function spread(gateways: Harness[], query: string, count: number): Promise<GraphQLResult[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => gateways[i % gateways.length]!.gql(query)));
}

describe('account budget shared across replicas (issue 9 item 5)', () => {
  it('keeps four replicas together under the account bound on calls in flight', async () => {
    redis = await startTestRedis();
    const gateways = await fleet({ KEYV_URL: redis.url, SHINGSOU_MAX_IN_FLIGHT: String(BOUND), CMIOT_MAX_IN_FLIGHT: String(BOUND) });
    const [first] = gateways as [Harness];
    for (const result of await spread(gateways, STATUS_PAGE, 4)) expect(result.errors).toBeUndefined();
    await first.knobs('shingsou', SLOW);
    await first.knobs('cmiot', SLOW);
    await first.resetStats();

    const results = await spread(gateways, STATUS_PAGE, 64);
    for (const result of results) expect(result.errors).toBeUndefined();
    const shingsou = await first.stats('shingsou');
    const cmiot = await first.stats('cmiot');
    process.stdout.write(`4 replicas, bound ${BOUND}: maxConcurrent shingsou ${shingsou.maxConcurrent}, cmiot ${cmiot.maxConcurrent}\n`);
    expect(shingsou.maxConcurrent).toBeLessThanOrEqual(BOUND);
    expect(cmiot.maxConcurrent).toBeLessThanOrEqual(BOUND);
    // The bound was reached, not merely unused; every list call happened once.
    expect(shingsou.maxConcurrent + cmiot.maxConcurrent).toBeGreaterThan(2);
    expect(await first.calls('shingsou', 'flowcard-get')).toBe(64);
  }, 60_000);

  it('without Redis each replica keeps only its own bound: the same load goes over the account bound', async () => {
    const gateways = await fleet({ SHINGSOU_MAX_IN_FLIGHT: String(BOUND), CMIOT_MAX_IN_FLIGHT: String(BOUND) });
    const [first] = gateways as [Harness];
    for (const result of await spread(gateways, STATUS_PAGE, 4)) expect(result.errors).toBeUndefined();
    await first.knobs('shingsou', SLOW);
    await first.knobs('cmiot', SLOW);
    await first.resetStats();

    const results = await spread(gateways, STATUS_PAGE, 64);
    for (const result of results) expect(result.errors).toBeUndefined();
    const peak = Math.max((await first.stats('shingsou')).maxConcurrent, (await first.stats('cmiot')).maxConcurrent);
    expect(peak).toBeGreaterThan(BOUND);
    expect(peak).toBeLessThanOrEqual(4 * BOUND);
    expect(await first.calls('shingsou', 'flowcard-get')).toBe(64);
  }, 60_000);

  it('keeps four replicas together under the account rate, so the upstream never answers 429', async () => {
    redis = await startTestRedis();
    // Half the upstream's fixed window: two of our one-second windows can overlap one of its.
    const gateways = await fleet({ KEYV_URL: redis.url, SHINGSOU_CALLS_PER_SECOND: '5' });
    const [first] = gateways as [Harness];
    for (const result of await spread(gateways, LIST_ONLY, 4)) expect(result.errors).toBeUndefined();
    await first.knobs('shingsou', { rateLimit: { limit: 10, windowSec: 1 } });
    await first.resetStats();

    const results = await spread(gateways, LIST_ONLY, 24);
    for (const result of results) expect(result.errors).toBeUndefined();
    // Exactly one call per request: no 429 came back, so no read was retried.
    expect(await first.calls('shingsou', 'flowcard-get')).toBe(24);
    expect((await first.stats('shingsou')).tokenCalls).toBe(0);
  }, 60_000);
});
