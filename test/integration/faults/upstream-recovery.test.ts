import { afterEach, describe, expect, it } from '@jest/globals';
import { startSimulators, type RunningSimulators } from '../../../src/simulators';
import type { UpstreamReadiness } from '../../../src/upstreams';
import { startHarness, takeShingsouTokenOver, type GraphQLResult, type Harness } from '../../support/gateway';

/**
 * Issue 9 item 2: the breaker/token deadlock is gone. Before, a half-open trial call that met a
 * 401 made its passive token refresh through the same breaker, which awaited the trial, which
 * was itself: every request hung for ever, and a restart of the upstreams (new processes, every
 * cached token unknown to them) lost every request. Now token calls have their own breaker and
 * no call waits on a trial, so the gateway answers again within the half-open delay plus one
 * call. Each scenario's jest timeout is that bound; a hang fails it.
 */

const PAGE = `{ cards(first: 8) { edges { node { iccid status { state } } } } }`;
const HALF_OPEN_MS = 3_000;

const harnesses: Harness[] = [];
const simulators: RunningSimulators[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
  await Promise.all(simulators.splice(0).map((running) => running.close()));
});

async function readiness(harness: Harness): Promise<UpstreamReadiness> {
  const response = await fetch(harness.gateway.url.replace(/\/graphql$/, '/readyz'));
  return (await response.json()) as UpstreamReadiness;
}

function codes(result: GraphQLResult): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.['code']);
}

/** Sends `PAGE` until one answer is complete; every answer in between must be a coded error. */
async function untilComplete(harness: Harness): Promise<GraphQLResult[]> {
  const answers: GraphQLResult[] = [];
  for (;;) {
    const result = await harness.gql(PAGE);
    answers.push(result);
    if (result.errors === undefined) return answers;
    for (const code of codes(result)) expect(code).toMatch(/^UPSTREAM_/);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Drives failing requests until the Shingsou read breaker is open (a full outage opens it). */
async function openShingsouBreaker(harness: Harness): Promise<void> {
  for (let i = 0; i < 40 && !(await readiness(harness)).openBreakers.includes('shingsou:read'); i += 1) {
    const result = await harness.gql(PAGE);
    expect(codes(result)).toContain('UPSTREAM_UNAVAILABLE');
  }
  expect((await readiness(harness)).openBreakers).toContain('shingsou:read');
}

describe('recovery after an outage (issue 9 item 2)', () => {
  it('answers again after the outage ends although the gateway token was taken over meanwhile', async () => {
    const harness = await startHarness({ upstreams: { breakerHalfOpenMs: HALF_OPEN_MS } });
    harnesses.push(harness);
    await harness.knobs('shingsou', { oneActiveToken: true });
    expect((await harness.gql(PAGE)).errors).toBeUndefined();

    await harness.knobs('shingsou', { outage: { all: true, routes: [] } });
    await openShingsouBreaker(harness);
    await harness.knobs('shingsou', { outage: { all: false, routes: [] } });
    // Another server of the same application takes a token: the gateway's is now dead (§2.1),
    // so the half-open trial call meets a 401 and refreshes inside the trial.
    expect(await takeShingsouTokenOver(harness.simulators)).toBe(200);
    await harness.resetStats();

    const answers = await untilComplete(harness);
    expect(answers.at(-1)?.errors).toBeUndefined();
    expect((await readiness(harness)).openBreakers).toEqual([]);
    // One passive refresh, then the list call that failed with 401 once and succeeded once.
    expect((await harness.stats('shingsou')).tokenCalls).toBe(1);
    expect(await harness.calls('shingsou', 'flowcard-get')).toBe(2);
  }, HALF_OPEN_MS + 15_000);

  it('answers again after the simulators restart on the same ports with every token unknown to them', async () => {
    const first = await startSimulators({ cards: 300 });
    simulators.push(first);
    const harness = await startHarness({ shareSimulatorsWith: { simulators: first }, upstreams: { breakerHalfOpenMs: HALF_OPEN_MS } });
    harnesses.push(harness);
    expect((await harness.gql(PAGE)).errors).toBeUndefined();

    const ports = { shingsouPort: Number(new URL(first.shingsou.baseUrl).port), cmiotPort: Number(new URL(first.cmiot.baseUrl).port) };
    await simulators.pop()?.close();
    // Down: refused connections, answered at once with a coded error, never hanging.
    const whileDown = await Promise.all(Array.from({ length: 20 }, () => harness.gql(PAGE)));
    for (const result of whileDown) expect(codes(result)).toContain('UPSTREAM_UNAVAILABLE');

    const restarted = await startSimulators({ cards: 300, ...ports });
    simulators.push(restarted);
    const answers = await untilComplete(harness);
    expect(answers.at(-1)?.errors).toBeUndefined();
    // The new processes know none of the cached tokens: one passive refresh each, no more.
    expect((await harness.stats('shingsou')).tokenCalls).toBe(1);
    expect((await harness.stats('cmiot')).tokenCalls).toBe(1);
    expect(await harness.calls('shingsou', 'flowcard-get')).toBeGreaterThanOrEqual(2);
  }, HALF_OPEN_MS + 20_000);
});
