import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from '@jest/globals';
import pino, { type Logger } from 'pino';
import type { UpstreamReadiness } from '../../../src/upstreams';
import { startHarness, takeShingsouTokenOver, type GraphQLResult, type Harness } from '../../support/gateway';
import { startTestRedis, type TestRedis } from '../../support/redis-server';

/**
 * Issue 9 item 3: Redis is an optimization, never a single point of failure. With a Redis of the
 * test's own (never a developer's Redis) killed under two replicas, requests keep answering,
 * each replica fetches its own tokens, and with one active token per credential (the Shingsou
 * knob; OneLink always) the two do not fall into a refresh storm. When Redis returns, sharing
 * resumes. A dead `KEYV_URL` at start does not hang the first query (it used to take 170 s).
 */

const PAGE = `{ cards(first: 6) { edges { node { iccid status(maxAge: 60) { state } } } } }`;
/**
 * The shortest time between two rejection-driven token fetches of one process while Redis is
 * down: longer than the whole down phase on any machine, so the bound below is a count, not a
 * function of elapsed time. Recovery does not wait for it: with Redis up a rejected token is
 * replaced at once.
 */
const REFETCH_MS = 120_000;

const harnesses: Harness[] = [];
let redis: TestRedis | undefined;
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
  await redis?.close();
  redis = undefined;
});

/** A logger whose lines the test reads. */
function capturedLog(): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { log: pino({ level: 'warn' }, sink), lines };
}

async function readiness(harness: Harness): Promise<UpstreamReadiness> {
  const response = await fetch(harness.gateway.url.replace(/\/graphql$/, '/readyz'));
  return (await response.json()) as UpstreamReadiness;
}

function expectCoded(results: GraphQLResult[]): void {
  for (const result of results) {
    expect(result.data === undefined && result.errors === undefined).toBe(false);
    for (const error of result.errors ?? []) expect(error.extensions?.['code']).toMatch(/^(UPSTREAM_|DEADLINE_EXCEEDED)/);
  }
}

/** Another client of the same credentials takes new tokens: the gateways' die (one active token). */
async function takeTokensOver(harness: Harness): Promise<void> {
  const { cmiot } = harness.simulators;
  expect(await takeShingsouTokenOver(harness.simulators)).toBe(200);
  const cmiotToken = await fetch(`${cmiot.baseUrl}/v5/ec/get/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ appid: cmiot.appid, password: cmiot.password, transid: `${cmiot.appid}2024050113070900000001`, refresh: '1' }),
  });
  expect(((await cmiotToken.json()) as { status: string }).status).toBe('0');
}

describe('Redis down (issue 9 item 3)', () => {
  it('keeps two replicas answering without a token storm while Redis is dead, and shares again once it is back', async () => {
    redis = await startTestRedis();
    const env = { KEYV_URL: redis.url, TOKEN_ENCRYPTION_KEY: 'a-test-key-of-32-characters-long' };
    const logs = [capturedLog(), capturedLog()];
    const a = await startHarness({ env, upstreams: { log: logs[0]!.log, rejectedTokenRefetchMs: REFETCH_MS } });
    harnesses.push(a);
    const b = await startHarness({ env, shareSimulatorsWith: a, upstreams: { log: logs[1]!.log, rejectedTokenRefetchMs: REFETCH_MS } });
    harnesses.push(b);
    await a.knobs('shingsou', { oneActiveToken: true });
    const both = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => (i % 2 === 0 ? a : b).gql(PAGE)));

    const warm = await both(10);
    for (const result of warm) expect(result.errors).toBeUndefined();
    expect((await a.stats('shingsou')).tokenCalls).toBe(1);
    expect((await a.stats('cmiot')).tokenCalls).toBe(1);

    await redis.kill();
    await a.resetStats();
    await takeTokensOver(a);
    // A few seconds of traffic on both replicas: each may fetch once after the takeover, and a
    // token rejected right after is not fetched again before REFETCH_MS.
    const whileDown: GraphQLResult[] = [];
    for (let round = 0; round < 12; round += 1) {
      whileDown.push(...(await both(6)));
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expectCoded(whileDown);
    expect(whileDown.filter((result) => result.errors === undefined).length).toBeGreaterThan(0);
    expect((await readiness(a)).redis).toBe('down');
    const shingsouDown = (await a.stats('shingsou')).tokenCalls;
    const cmiotDown = (await a.stats('cmiot')).tokenCalls;
    process.stdout.write(`Redis down, 2 replicas, ${whileDown.length} requests: token calls shingsou ${shingsouDown - 1} (+1 takeover), cmiot ${cmiotDown - 1} (+1 takeover)\n`);
    // The takeover's own call plus at most one fetch per replica and upstream.
    expect(shingsouDown).toBeLessThanOrEqual(1 + 2);
    expect(cmiotDown).toBeLessThanOrEqual(1 + 2);

    await redis.start();
    // Sharing resumes: one replica replaces its rejected token at once and stores it, the other adopts it.
    for (;;) {
      const round = await both(4);
      expectCoded(round);
      if (round.every((result) => result.errors === undefined) && (await readiness(a)).redis === 'up' && (await readiness(b)).redis === 'up') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await a.resetStats();
    const shared = await both(20);
    for (const result of shared) expect(result.errors).toBeUndefined();
    expect((await a.stats('shingsou')).tokenCalls).toBe(0);
    expect((await a.stats('cmiot')).tokenCalls).toBe(0);
    expect(await a.calls('shingsou', 'flowcard-get')).toBeGreaterThan(0);
    // One warning per transition and replica, not one per request.
    for (const { lines } of logs) {
      expect(lines.filter((line) => line.includes('Redis stopped answering'))).toHaveLength(1);
      expect(lines.filter((line) => line.includes('Redis answers again'))).toHaveLength(1);
      expect(lines.join('')).not.toContain(redis.url);
    }
  }, 60_000);

  it('answers the first query at once with a dead KEYV_URL at start, and says so once', async () => {
    redis = await startTestRedis();
    await redis.kill();
    const { log, lines } = capturedLog();
    const harness = await startHarness({ env: { KEYV_URL: redis.url }, upstreams: { log } });
    harnesses.push(harness);
    const results = await Promise.all(Array.from({ length: 10 }, () => harness.gql(PAGE)));
    for (const result of results) expect(result.errors).toBeUndefined();
    expect((await readiness(harness)).redis).toBe('down');
    expect(lines.filter((line) => line.includes('is not reachable'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('without TOKEN_ENCRYPTION_KEY'))).toHaveLength(1);
    // One process, one token per upstream: the per-process single-flight fetch.
    expect((await harness.stats('shingsou')).tokenCalls).toBe(1);
    expect((await harness.stats('cmiot')).tokenCalls).toBe(1);
  }, 20_000);

  it('answers while Redis accepts connections but never replies (paused), paying the Redis bound once', async () => {
    redis = await startTestRedis();
    const { log, lines } = capturedLog();
    const harness = await startHarness({ env: { KEYV_URL: redis.url, TOKEN_ENCRYPTION_KEY: 'a-test-key-of-32-characters-long' }, upstreams: { log } });
    harnesses.push(harness);
    expect((await harness.gql(PAGE)).errors).toBeUndefined();
    await harness.resetStats();
    redis.pause();
    // node-redis bounds a command only until it is written; the reply wait is ours to bound.
    const results = await Promise.all(Array.from({ length: 10 }, () => harness.gql(PAGE)));
    for (const result of results) expect(result.errors).toBeUndefined();
    expect((await readiness(harness)).redis).toBe('down');
    expect(lines.filter((line) => line.includes('Redis stopped answering'))).toHaveLength(1);
    redis.resume();
    for (let i = 0; i < 100 && (await readiness(harness)).redis !== 'up'; i += 1) {
      await harness.gql(PAGE);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await readiness(harness)).redis).toBe('up');
    // The token was in hand before Redis paused: no token call, only data calls.
    expect((await harness.stats('shingsou')).tokenCalls).toBe(0);
    expect(await harness.calls('shingsou', 'flowcard-get')).toBeGreaterThanOrEqual(10);
  }, 30_000);
});
