import { afterEach, describe, expect, it } from '@jest/globals';
import { UpstreamError } from '../../src/upstreams/errors';
import { createUpstreams } from '../../src/upstreams';
import { startHarness, type GraphQLResult, type Harness } from '../support/gateway';

const STATUS_PAGE = `query ($after: String) { cards(first: 20, after: $after) { pageInfo { endCursor } edges { node { iccid status { state } } } } }`;

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('upstream resilience', () => {
  it('answers UPSTREAM_TIMEOUT within 3 s when the upstream takes 10 s and the timeout is 2 s', async () => {
    harness = await startHarness({ env: { SHINGSOU_TIMEOUT_MS: '2000' } });
    await harness.knobs('shingsou', { latency: { 'flowcard-get': { baseMs: 10_000, jitterMs: 0 } } });
    const started = Date.now();
    const result = await harness.gql(STATUS_PAGE);
    const elapsed = Date.now() - started;
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', upstream: 'shingsou' });
    // Within one timeout, plus undici's timer tick (its timers of a second or more fire within
    // 500 ms of their time, undici/lib/util/timers.js): a timed-out read is not sent again (a
    // retry would take 4 s or more).
    expect(elapsed).toBeGreaterThanOrEqual(2_000);
    expect(elapsed).toBeLessThan(3_000);
  }, 20_000);

  it('with 10 % injected 5xx, each of 1,000 status reads succeeds or fails with a coded error', async () => {
    harness = await startHarness({ simulators: { cards: 1200 } });
    await harness.knobs('shingsou', { errorRate: { 'flowcard-status': 0.1 } });
    await harness.knobs('cmiot', { errorRate: { 'v5/query/sim-status': 0.1 } });
    const results: GraphQLResult[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const result = await harness.gql(STATUS_PAGE, { after });
      results.push(result);
      const cards = (result.data as { cards: { pageInfo: { endCursor: string } } }).cards;
      after = cards.pageInfo.endCursor;
    }
    const nodes = results.flatMap((result) => (result.data as { cards: { edges: { node: { status: unknown } }[] } }).cards.edges);
    const errors = results.flatMap((result) => result.errors ?? []);
    expect(nodes).toHaveLength(1000);
    const failed = nodes.filter((edge) => edge.node.status === null).length;
    expect(errors).toHaveLength(failed);
    for (const error of errors) expect(error.extensions?.['code']).toMatch(/^UPSTREAM_/);
    // Retries with back-off turn almost all of the injected failures into successes.
    expect(failed).toBeLessThan(50);
    const attempts = (await harness.calls('shingsou', 'flowcard-status')) + (await harness.calls('cmiot', 'v5/query/sim-status'));
    expect(attempts).toBeGreaterThan(1000);
  }, 60_000);

  it('never sends a stop twice, even when the upstream fails it with a 5xx', async () => {
    harness = await startHarness();
    await harness.knobs('shingsou', { errorRate: { 'flowcard-network': 0.3 } });
    await harness.knobs('cmiot', { errorRate: { 'v5/change/sim-status/batch': 0.3 } });
    const upstreams = createUpstreams(harness.config);
    const active = harness.simulators.fleet.cards.filter((card) => card.state === 'ACTIVE' && card.inShingsou);
    const telecom = active.filter((card) => card.carrier === 'CHINA_TELECOM').slice(0, 40);
    const mobile = active.filter((card) => card.carrier === 'CHINA_MOBILE').slice(0, 20);
    try {
      const outcomes = await Promise.allSettled([
        ...telecom.map((card) => upstreams.shingsou!.cards.changeNetwork([card.iccid], 'SUSPEND')),
        ...mobile.map((card) => upstreams.cmiot!.changes.changeStatusBatch([card.msisdn], 'SUSPEND')),
      ]);
      const failures = outcomes.filter((outcome) => outcome.status === 'rejected');
      expect(failures.length).toBeGreaterThan(0);
      for (const failure of failures) {
        expect((failure as PromiseRejectedResult).reason).toBeInstanceOf(UpstreamError);
        expect((failure as PromiseRejectedResult).reason).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', retryable: false });
      }
      expect(await harness.calls('shingsou', 'flowcard-network')).toBe(telecom.length);
      expect(await harness.calls('cmiot', 'v5/change/sim-status/batch')).toBe(mobile.length);
    } finally {
      await upstreams.close();
    }
  });
});
