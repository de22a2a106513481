import { beforeAll, describe, expect, it } from '@jest/globals';
import { startHarness, useHarness } from '../../support/gateway';
import { emptyTestRedis } from '../../support/test-redis';
import { activeCards, allCalls, change, cmiotKnobs, dataOf, expectBadInput, JOB, SUSPEND, untilDone } from './ops-support';

/**
 * 停复机 through GraphQL (issue 5 acceptance): China Mobile cards through CMIOT's batch job,
 * Telecom cards through Shingsou `flowcard-network`, per-card answers, and the cooldown.
 */

const CHANGE_BATCH = 'v5/change/sim-status/batch';
const BATCH_RESULT = 'v5/query/sim-batch-result';
const STATUS = `query ($a: String, $b: String) { a: card(iccid: $a) { status { state source } } b: card(msisdn: $b) { status { state source } } }`;

const taken = new Set<string>();

const harness = useHarness();
beforeAll(async () => {
  await cmiotKnobs(harness(), { jobStepMs: 20 });
});

async function states(iccid: string, msisdn: string): Promise<{ a: string; b: string; aSource: string }> {
  const result = await harness().gql(STATUS, { a: iccid, b: msisdn });
  expect(result.errors).toBeUndefined();
  const data = result.data as Record<'a' | 'b', { status: { state: string; source: string } }>;
  return { a: data.a.status.state, b: data.b.status.state, aSource: data.a.status.source };
}

describe('suspendCards / resumeCards', () => {
  it('stops then resumes a China Mobile card (CMIOT job) and a Telecom card (Shingsou); a second stop in the cooldown is refused per card', async () => {
    const [mobile] = activeCards(harness(), 'CHINA_MOBILE', taken, 1);
    const [telecom] = activeCards(harness(), 'CHINA_TELECOM', taken, 1);
    if (!mobile || !telecom) throw new Error('fleet without active cards');

    const stop = await change(harness(), 'suspend', [mobile.iccid, telecom.msisdn]);
    expect(stop.results[0]).toMatchObject({ requested: mobile.iccid, card: mobile.iccid, iccid: mobile.iccid, msisdn: mobile.msisdn, ok: false, pending: true, error: null, upstream: 'cmiot' });
    expect(stop.results[0]?.flowCard).toEqual({ iccid: mobile.iccid, msisdn: mobile.msisdn });
    expect(stop.results[1]).toMatchObject({ requested: telecom.msisdn, iccid: telecom.iccid, msisdn: telecom.msisdn, ok: true, pending: false, upstream: 'shingsou', status: { state: 'SUSPENDED', rawCode: '120000' } });
    expect(stop.results[1]?.message).toBe('Shingsou stopped the card');
    expect(stop.job).toMatchObject({ id: expect.any(String), done: false });
    const stopped = await untilDone(harness(), stop.job?.id ?? '');
    // The job reports the card by MSISDN; its result names it as it was asked for (the ICCID), with both identifiers and the Card.
    expect(stopped).toMatchObject({
      status: 'SUCCEEDED',
      rawStatus: '2',
      results: [{ requested: mobile.iccid, card: mobile.iccid, iccid: mobile.iccid, msisdn: mobile.msisdn, flowCard: { iccid: mobile.iccid }, ok: true, error: null, message: 'CMIOT changed the card' }],
    });
    expect(await states(mobile.iccid, telecom.msisdn)).toEqual({ a: 'SUSPENDED', b: 'SUSPENDED', aSource: expect.stringMatching(/^CMIOT_V5_/) });

    const resume = await change(harness(), 'resume', [mobile.msisdn, telecom.iccid]);
    expect(resume.results.map((r) => [r.ok, r.pending, r.upstream])).toEqual([[false, true, 'cmiot'], [true, false, 'shingsou']]);
    expect((await untilDone(harness(), resume.job?.id ?? '')).status).toBe('SUCCEEDED');
    expect(await states(mobile.iccid, telecom.msisdn)).toMatchObject({ a: 'ACTIVE', b: 'ACTIVE' });

    const again = await change(harness(), 'suspend', [mobile.iccid, telecom.iccid]);
    // China Mobile: dropped by the gateway before the batch, so CMIOT never refuses a whole batch.
    expect(again.results[0]).toMatchObject({ ok: false, pending: false, error: 'COOLDOWN', upstream: null, message: expect.stringContaining('3 minutes') });
    // Telecom: Shingsou's own per-card refusal, its code and Chinese message beside ours.
    expect(again.results[1]).toMatchObject({ ok: false, error: 'COOLDOWN', upstream: 'shingsou', upstreamCode: '10103', upstreamMessage: '操作过于频繁，请稍后再试' });
    expect(again.results[1]?.message).toContain('3 minutes');
    // Every per-card result of every step says what happened in our words.
    for (const result of [...stop.results, ...resume.results, ...again.results]) expect(result.message).toEqual(expect.any(String));
    expect(again.job).toBeNull();

    const calls = await allCalls(harness());
    expect(calls[`cmiot:${CHANGE_BATCH}`]).toBe(2);
    expect(calls['shingsou:flowcard-network']).toBe(3);
    // One inventory lookup per mutation: both identifiers in one flowcard-get call.
    expect((await harness().stats('shingsou')).routes['flowcard-get']?.keys.slice(0, 1)).toEqual([2]);
  });

  it('reports each card of a batch CMIOT refuses with 12036 as COOLDOWN, and changes none of them', async () => {
    const [first, second] = activeCards(harness(), 'CHINA_MOBILE', taken, 2);
    if (!first || !second) throw new Error('fleet without active cards');
    // Another replica (its own in-process record) stops the first card.
    const other = await startHarness({ shareSimulatorsWith: harness() });
    try {
      const stop = await change(other, 'suspend', [first.iccid]);
      await untilDone(other, stop.job?.id ?? '');
    } finally {
      await other.close();
    }
    await harness().resetStats();

    const refused = await change(harness(), 'suspend', [first.iccid, second.iccid]);
    for (const result of refused.results) {
      expect(result).toMatchObject({ ok: false, pending: false, error: 'COOLDOWN', upstream: 'cmiot', upstreamCode: '12036' });
      expect(result.upstreamMessage).toContain('3分钟');
    }
    expect(refused.job).toBeNull();
    expect(await harness().calls('cmiot', CHANGE_BATCH)).toBe(1);
    expect(second.state).toBe('ACTIVE');
  });

  it('shares its record of changes between replicas through Redis', async () => {
    // Empty: an earlier file of this worker may have left a change record of the same fleet.
    const env = { KEYV_URL: await emptyTestRedis() };
    const one = await startHarness({ env });
    const two = await startHarness({ shareSimulatorsWith: one, env });
    try {
      await cmiotKnobs(one, { jobStepMs: 20 });
      const [card] = activeCards(one, 'CHINA_MOBILE', new Set(), 1);
      if (!card) throw new Error('fleet without active cards');
      // Warm up: both replicas settle on the one shared CMIOT token before the counted part.
      for (const replica of [one, two]) dataOf(await replica.gql(STATUS, { a: card.iccid, b: card.msisdn }), 'a');
      await one.resetStats();

      const stop = await change(one, 'suspend', [card.iccid]);
      expect(stop.results[0]?.pending).toBe(true);
      const again = await change(two, 'suspend', [card.iccid]);
      expect(again.results[0]).toMatchObject({ error: 'COOLDOWN', upstream: null });
      expect(await one.calls('cmiot', CHANGE_BATCH)).toBe(1);
      await untilDone(one, stop.job?.id ?? '');
    } finally {
      await two.close();
      await one.close();
    }
  });

  it('answers per card: unknown cards NOT_FOUND, a card already stopped INVALID_STATE with its state', async () => {
    const telecom = harness().simulators.fleet.cards.find((card) => card.carrier === 'CHINA_TELECOM' && card.state === 'SUSPENDED' && card.inShingsou);
    if (!telecom) throw new Error('fleet without a suspended Telecom card');
    const result = await change(harness(), 'suspend', ['89860399999999999999', telecom.iccid]);
    expect(result.results[0]).toMatchObject({ requested: '89860399999999999999', card: '89860399999999999999', iccid: null, msisdn: null, flowCard: null, ok: false, error: 'NOT_FOUND' });
    expect(result.results[0]?.message).toBe('No card 89860399999999999999 in the inventory');
    expect(result.results[1]).toMatchObject({ ok: false, error: 'INVALID_STATE', currentState: 'SUSPENDED', upstreamCode: '10101' });
    expect(result.results[1]?.message).toBe('Shingsou refused: the card is not in a state this change starts from (see currentState)');
  });

  it('reads the live state of a China Mobile card its CMIOT job refused as INVALID_STATE', async () => {
    const stopped = harness().simulators.fleet.cards.find(
      (card) => card.carrier === 'CHINA_MOBILE' && card.state === 'SUSPENDED' && card.suspendReason === 'USER_REQUEST' && card.inShingsou && !taken.has(card.iccid),
    );
    if (!stopped) throw new Error('fleet without a stopped China Mobile card');
    taken.add(stopped.iccid);
    const stop = await change(harness(), 'suspend', [stopped.msisdn]);
    expect(stop.results[0]).toMatchObject({ pending: true, upstream: 'cmiot' });
    const job = await untilDone(harness(), stop.job?.id ?? '');
    expect(job).toMatchObject({ status: 'PARTLY_FAILED', rawStatus: '3' });
    expect(job.results).toEqual([
      {
        requested: stopped.msisdn,
        card: stopped.msisdn,
        iccid: stopped.iccid,
        msisdn: stopped.msisdn,
        flowCard: { iccid: stopped.iccid },
        ok: false,
        error: 'INVALID_STATE',
        message: 'CMIOT refused: the card is not in a state this change starts from (see currentState)',
        upstreamCode: '12089',
        upstreamMessage: expect.any(String),
        currentState: 'SUSPENDED',
      },
    ]);
  });

  it('sends China Mobile cards through Shingsou when CMIOT is not configured', async () => {
    const shingsouOnly = await startHarness({ shareSimulatorsWith: harness(), config: (config) => ({ ...config, cmiot: undefined }) });
    try {
      const [mobile] = activeCards(harness(), 'CHINA_MOBILE', taken, 1);
      if (!mobile) throw new Error('fleet without active cards');
      const stop = await change(shingsouOnly, 'suspend', [mobile.iccid]);
      expect(stop.results[0]).toMatchObject({ ok: true, pending: false, upstream: 'shingsou', status: { state: 'SUSPENDED', rawCode: '2' } });
      expect(stop.job).toBeNull();
      expect(await harness().calls('cmiot', CHANGE_BATCH)).toBe(0);
    } finally {
      await shingsouOnly.close();
    }
  });

  it.each([
    ['no cards', [], 'cards'],
    ['101 cards', Array.from({ length: 101 }, (_, i) => `1440000${String(i).padStart(6, '0')}`), 'cards'],
    ['a malformed identifier', ['898607B0101790000012', 'not-a-card'], 'cards[1]'],
  ])('refuses %s as BAD_USER_INPUT naming the argument, with no upstream call', async (_label, cards, argument) => {
    expectBadInput(await harness().gql(SUSPEND, { cards }), argument);
    expect(await allCalls(harness())).toEqual({});
  });

  it('reports a failed upstream call per card with its UPSTREAM_* code, and sends each change exactly once', async () => {
    const [mobile] = activeCards(harness(), 'CHINA_MOBILE', taken, 1);
    const [telecom] = activeCards(harness(), 'CHINA_TELECOM', taken, 1);
    if (!mobile || !telecom) throw new Error('fleet without active cards');
    await harness().knobs('shingsou', { errorRate: { 'flowcard-network': 1 } });
    await cmiotKnobs(harness(), { errorRate: { [CHANGE_BATCH]: 1 } });
    try {
      const result = await change(harness(), 'suspend', [mobile.iccid, telecom.iccid]);
      expect(result.results[0]).toMatchObject({ ok: false, pending: false, error: expect.stringMatching(/^UPSTREAM_/), upstream: 'cmiot' });
      expect(result.results[1]).toMatchObject({ ok: false, pending: false, error: expect.stringMatching(/^UPSTREAM_/), upstream: 'shingsou' });
      expect(await harness().calls('cmiot', CHANGE_BATCH)).toBe(1);
      expect(await harness().calls('shingsou', 'flowcard-network')).toBe(1);
    } finally {
      await harness().knobs('shingsou', { errorRate: { 'flowcard-network': 0 } });
      await cmiotKnobs(harness(), { errorRate: { [CHANGE_BATCH]: 0 } });
    }
  });
});

describe('authorization', () => {
  it('refuses a key without iot.cardservice.flowcard.network with FORBIDDEN, before any upstream call', async () => {
    const key = 'ops-readonly-key-0123456789';
    const scoped = await startHarness({ shareSimulatorsWith: harness(), env: { API_KEYS: `${key}=iot.cardservice.flowcard.get iot.cardservice.flowcard.status` } });
    try {
      const response = await fetch(scoped.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ query: SUSPEND, variables: { cards: ['898607B0101790000012'] } }),
      });
      const body = (await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'iot.cardservice.flowcard.network' });
      expect(await allCalls(harness())).toEqual({});
    } finally {
      await scoped.close();
    }
  });
});

describe('Query.cardChangeJob', () => {
  it('refuses a malformed job id before any upstream call', async () => {
    expectBadInput(await harness().gql(JOB, { id: 'job/../1' }), 'id');
    expect(await allCalls(harness())).toEqual({});
  });

  it('fails only the job fields with a coded error when CMIOT is down', async () => {
    await harness().knobs('cmiot', { outage: { all: false, routes: [BATCH_RESULT] } });
    try {
      const result = await harness().gql(JOB, { id: '20240501102030000001' });
      expect(result.data).toEqual({ cardChangeJob: { id: '20240501102030000001', status: null, rawStatus: null, done: null, results: null } });
      for (const error of result.errors ?? []) expect(error.extensions).toMatchObject({ code: expect.stringMatching(/^UPSTREAM_/), upstream: 'cmiot' });
      expect(result.errors?.length).toBe(4);
      // One job read per request, however many of its fields are asked for (reads may be retried).
      expect(await harness().calls('cmiot', BATCH_RESULT)).toBeLessThanOrEqual(3);
    } finally {
      await harness().knobs('cmiot', { outage: { all: false, routes: [] } });
    }
  });
});
