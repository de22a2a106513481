import { afterEach, describe, expect, it } from '@jest/globals';
import type { Config } from '../../../src/config';
import { startSimulators } from '../../../src/simulators';
import { createUpstreams, type Upstreams } from '../../../src/upstreams';
import { startHarness, type Harness } from '../../support/gateway';
import { startTestRedis, type TestRedis } from '../../support/redis-server';

/**
 * The upstream layer's half of issue 9 items 1 and 6, against the simulators: every wait made
 * for a request ends at that request's deadline (its flow's signal) with DEADLINE_EXCEEDED,
 * and a write whose answer never came is UPSTREAM_OUTCOME_UNKNOWN (not retryable), while one
 * that provably never left (refused connection) stays UPSTREAM_UNAVAILABLE.
 */

const SLOW = { baseMs: 1_500, jitterMs: 0 };

const opened: { harness?: Harness; upstreams?: Upstreams; redis?: TestRedis }[] = [];
afterEach(async () => {
  for (const { harness, upstreams, redis } of opened.splice(0).reverse()) {
    await upstreams?.close();
    await harness?.close();
    await redis?.close();
  }
});

async function layer(env: Record<string, string> = {}, edit: (config: Config) => Config = (c) => c): Promise<{ harness: Harness; upstreams: Upstreams }> {
  const harness = await startHarness({ env });
  const upstreams = createUpstreams(edit(harness.config));
  opened.push({ harness, upstreams });
  return { harness, upstreams };
}

/**
 * The simulators count a call when it ends: waits (boundedly) for a slow one to end, then
 * reads the count.
 */
async function callsOnceSettled(harness: Harness, upstream: 'shingsou' | 'cmiot', route: string, expected: number): Promise<number> {
  for (let i = 0; i < 40 && (await harness.calls(upstream, route)) < expected; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  return harness.calls(upstream, route);
}

/** Runs `work` as a GraphQL request whose deadline is `ms` away: over the layer bound to its flow. */
function withDeadline<T>(upstreams: Upstreams, ms: number, work: (request: Upstreams) => Promise<T>): Promise<T> {
  return work(upstreams.forRequest({ id: `test-${ms}-${Math.random()}`, signal: AbortSignal.timeout(ms), upstreamCalls: 0 }));
}

function mobileActive(harness: Harness, count: number): string[] {
  return harness.simulators.fleet.cards
    .filter((card) => card.state === 'ACTIVE' && card.carrier === 'CHINA_MOBILE')
    .slice(0, count)
    .map((card) => card.msisdn);
}

describe('writes whose outcome is unknown (issue 9 item 6)', () => {
  it('a stop that timed out after it was sent is UPSTREAM_OUTCOME_UNKNOWN, sent once', async () => {
    const { harness, upstreams } = await layer({ CMIOT_TIMEOUT_MS: '300' });
    const [msisdn] = mobileActive(harness, 1) as [string];
    await upstreams.cmiot!.cardLive.session({ msisdn }); // the token, before the slow write
    await harness.knobs('cmiot', { latency: { 'v5/change/sim-status/batch': SLOW } });
    await harness.resetStats();
    await expect(upstreams.cmiot!.changes.changeStatusBatch([msisdn], 'SUSPEND')).rejects.toMatchObject({
      code: 'UPSTREAM_OUTCOME_UNKNOWN',
      retryable: false,
    });
    expect(await callsOnceSettled(harness, 'cmiot', 'v5/change/sim-status/batch', 1)).toBe(1);
    expect((await harness.stats('cmiot')).tokenCalls).toBe(0);
  });

  it('a stop cut by the request deadline while in flight is UPSTREAM_OUTCOME_UNKNOWN too', async () => {
    const { harness, upstreams } = await layer();
    const [msisdn] = mobileActive(harness, 1) as [string];
    await upstreams.cmiot!.cardLive.session({ msisdn });
    await harness.knobs('cmiot', { latency: { 'v5/change/sim-status/batch': SLOW } });
    await harness.resetStats();
    await expect(withDeadline(upstreams, 300, (request) => request.cmiot!.changes.changeStatusBatch([msisdn], 'SUSPEND'))).rejects.toMatchObject({
      code: 'UPSTREAM_OUTCOME_UNKNOWN',
      retryable: false,
    });
    expect(await callsOnceSettled(harness, 'cmiot', 'v5/change/sim-status/batch', 1)).toBe(1);
  });

  it('a write answered with a 5xx is UPSTREAM_OUTCOME_UNKNOWN, not retryable, sent once (an API gateway 5xx may follow the act)', async () => {
    const { harness, upstreams } = await layer();
    const [msisdn] = mobileActive(harness, 1) as [string];
    await upstreams.cmiot!.cardLive.session({ msisdn });
    await harness.knobs('shingsou', { errorRate: { 'datacard-generate': 1 } });
    await harness.knobs('cmiot', { errorRate: { 'v5/change/sim-status/batch': 1 } });
    await harness.resetStats();
    const result = await harness.gql('mutation ($input: GenerateVouchersInput!) { generateVouchers(input: $input) { batchNo } }', {
      input: { faceValueFen: 5000, count: 1, expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', retryable: false });
    expect(await harness.calls('shingsou', 'datacard-generate')).toBe(1);
    await expect(upstreams.cmiot!.changes.changeStatusBatch([msisdn], 'SUSPEND')).rejects.toMatchObject({
      code: 'UPSTREAM_OUTCOME_UNKNOWN',
      upstreamCode: '500',
      retryable: false,
    });
    expect(await harness.calls('cmiot', 'v5/change/sim-status/batch')).toBe(1);
  });

  it('a stop that could not connect (refused) is UPSTREAM_UNAVAILABLE and retryable: nothing was sent', async () => {
    const redis = await startTestRedis();
    const simulators = await startSimulators({ cards: 300 });
    const harness = await startHarness({ shareSimulatorsWith: { simulators }, env: { KEYV_URL: redis.url } });
    opened.push({ harness, redis });
    // One replica fetches the token into Redis; a second one, with no pooled connection to
    // the upstream, then finds nothing listening (a kept-alive socket the upstream closed
    // would be a transport failure after sending: outcome unknown, rightly).
    const warm = createUpstreams(harness.config);
    const [msisdn] = mobileActive(harness, 1) as [string];
    await warm.cmiot!.cardLive.session({ msisdn });
    await warm.close();
    expect((await harness.stats('cmiot')).tokenCalls).toBe(1);
    expect(await harness.calls('cmiot', 'v5/change/sim-status/batch')).toBe(0);
    await simulators.close();
    const upstreams = createUpstreams(harness.config);
    opened.push({ upstreams });
    await expect(upstreams.cmiot!.changes.changeStatusBatch([msisdn], 'SUSPEND')).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      upstreamCode: 'ECONNREFUSED',
      retryable: true,
    });
  });
});

describe('writes never sent', () => {
  it('a stop whose token fetch timed out is the token timeout, not an unknown outcome: the stop never left', async () => {
    const { harness, upstreams } = await layer({ CMIOT_TIMEOUT_MS: '300' });
    const [msisdn] = mobileActive(harness, 1) as [string];
    await harness.knobs('cmiot', { latency: { 'v5/get/token': SLOW } });
    await expect(upstreams.cmiot!.changes.changeStatusBatch([msisdn], 'SUSPEND')).rejects.toMatchObject({
      code: 'UPSTREAM_TIMEOUT',
      upstream: 'cmiot',
    });
    expect(await callsOnceSettled(harness, 'cmiot', 'v5/get/token', 1)).toBe(1);
    expect(await harness.calls('cmiot', 'v5/change/sim-status/batch')).toBe(0);
  });
});

describe('waits bounded by the request deadline (issue 9 item 1)', () => {
  it('ends a read waiting for a slow upstream at the deadline, not at the upstream timeout', async () => {
    const { harness, upstreams } = await layer();
    await upstreams.shingsou!.cards.list({ page: 1, pageSize: 1 });
    await harness.knobs('shingsou', { latency: { 'flowcard-get': SLOW } });
    await harness.resetStats();
    await expect(withDeadline(upstreams, 300, (request) => request.shingsou!.cards.list({ page: 1, pageSize: 1 }))).rejects.toMatchObject({
      code: 'DEADLINE_EXCEEDED',
      upstream: 'shingsou',
    });
    // Not retried: the request is gone.
    expect(await callsOnceSettled(harness, 'shingsou', 'flowcard-get', 1)).toBe(1);
  });

  it('takes a waiter whose deadline passed out of the line for a connection; the others still run', async () => {
    const { harness, upstreams } = await layer({ UPSTREAM_CONCURRENCY: '1' });
    await upstreams.shingsou!.cards.list({ page: 1, pageSize: 1 });
    await harness.knobs('shingsou', { latency: { 'flowcard-get': { baseMs: 600, jitterMs: 0 } } });
    await harness.resetStats();
    const holder = upstreams.shingsou!.cards.list({ page: 1, pageSize: 1 });
    const waiter = withDeadline(upstreams, 200, (request) => request.shingsou!.cards.list({ page: 1, pageSize: 1 }));
    const after = upstreams.shingsou!.cards.list({ page: 1, pageSize: 1 });
    await expect(waiter).rejects.toMatchObject({ code: 'DEADLINE_EXCEEDED' });
    await expect(holder).resolves.toBeDefined();
    await expect(after).resolves.toBeDefined();
    // The waiter never reached the upstream.
    expect(await harness.calls('shingsou', 'flowcard-get')).toBe(2);
  });

  it('stops a request waiting for a token at its deadline without abandoning the fetch for the others', async () => {
    const { harness, upstreams } = await layer();
    await harness.knobs('shingsou', { latency: { token: { baseMs: 800, jitterMs: 0 } } });
    const impatient = withDeadline(upstreams, 200, (request) => request.shingsou!.cards.list({ page: 1, pageSize: 1 }));
    const patient = upstreams.shingsou!.cards.list({ page: 1, pageSize: 1 });
    await expect(impatient).rejects.toMatchObject({ code: 'DEADLINE_EXCEEDED' });
    await expect(patient).resolves.toBeDefined();
    expect((await harness.stats('shingsou')).tokenCalls).toBe(1);
    expect(await harness.calls('shingsou', 'flowcard-get')).toBe(1);
  });
});

describe('token calls that may have issued a token (issue 9 item 2)', () => {
  it('a token call answered with a 5xx is not sent again: it may have issued a token a resend would overwrite', async () => {
    const { harness, upstreams } = await layer();
    const [msisdn] = mobileActive(harness, 1) as [string];
    await harness.knobs('shingsou', { errorRate: { token: 1 } });
    await harness.knobs('cmiot', { errorRate: { 'v5/get/token': 1 } });
    await harness.resetStats();
    await expect(upstreams.cmiot!.cardLive.session({ msisdn })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamCode: '500' });
    await expect(upstreams.shingsou!.cards.changeNetwork([harness.simulators.fleet.cards[0]!.iccid], 'SUSPEND')).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect((await harness.stats('cmiot')).tokenCalls).toBe(1);
    expect((await harness.stats('shingsou')).tokenCalls).toBe(1);
    expect(await harness.calls('shingsou', 'flowcard-network')).toBe(0);
  });
});
