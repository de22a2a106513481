import { beforeAll, describe, expect, it } from '@jest/globals';
import type { SimCard } from '../../../src/simulators/fleet/types';
import { useHarness } from '../../support/gateway';
import { activeCards, cmiotKnobs, dataOf } from '../operations/ops-support';

/**
 * Issue 9 item 6, stop/resume: a change whose upstream answer never arrives (latency knob above
 * the gateway's timeout) but which the upstream did apply says UNKNOWN, with how to learn the
 * outcome, never `ok: false` as if nothing happened; refusals say FAILED; a COOLDOWN has a message.
 */

const TIMEOUT_MS = 300;
const SLOW = { baseMs: 1_000, jitterMs: 0 };
const CHANGE_BATCH = 'v5/change/sim-status/batch';

const FIELDS = `results { card outcome ok pending error message upstream } job { id }`;
const SUSPEND = `mutation ($cards: [String!]!) { suspendCards(cards: $cards) { ${FIELDS} } }`;

interface Result {
  card: string;
  outcome: string;
  ok: boolean;
  pending: boolean;
  error: string | null;
  message: string | null;
  upstream: string | null;
}

const taken = new Set<string>();

const harness = useHarness({ env: { SHINGSOU_TIMEOUT_MS: String(TIMEOUT_MS), CMIOT_TIMEOUT_MS: String(TIMEOUT_MS) } });
beforeAll(async () => {
  await cmiotKnobs(harness(), { jobStepMs: 20 });
  // Both tokens fetched now, not inside a test: with a 300 ms timeout, a token fetch slowed by a
  // loaded machine would fail the write before it is sent, which is not what these tests are about.
  const [telecom] = activeCards(harness(), 'CHINA_TELECOM', new Set(), 1);
  const [mobile] = activeCards(harness(), 'CHINA_MOBILE', new Set(), 1);
  const warm = await harness().gql(`query ($a: String, $b: String) { a: card(iccid: $a) { status { state } } b: card(iccid: $b) { status { state } } }`, {
    a: telecom?.iccid,
    b: mobile?.iccid,
  });
  expect(warm.errors).toBeUndefined();
});

async function suspend(cards: string[]): Promise<{ results: Result[]; job: { id: string } | null }> {
  return dataOf(await harness().gql(SUSPEND, { cards }), 'suspendCards');
}

/** Waits until the simulator's own record of the card says it is stopped. */
async function untilSuspended(card: SimCard): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (harness().simulators.fleet.cards.find((c) => c.iccid === card.iccid)?.state !== 'SUSPENDED') {
    if (Date.now() > deadline) throw new Error(`${card.iccid} never stopped in the simulator`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('suspendCards whose upstream answered too late', () => {
  it('Shingsou flowcard-network: UNKNOWN (UPSTREAM_OUTCOME_UNKNOWN, read the status), sent once, and the card is in fact stopped', async () => {
    const [telecom] = activeCards(harness(), 'CHINA_TELECOM', taken, 1);
    if (!telecom) throw new Error('fleet without active cards');
    await harness().knobs('shingsou', { latency: { 'flowcard-network': SLOW } });
    let batch: Awaited<ReturnType<typeof suspend>>;
    try {
      batch = await suspend([telecom.iccid]);
    } finally {
      await harness().knobs('shingsou', { latency: { 'flowcard-network': { baseMs: 0, jitterMs: 0 } } });
    }
    expect(batch.results).toEqual([
      {
        card: telecom.iccid,
        outcome: 'UNKNOWN',
        ok: false,
        pending: false,
        error: 'UPSTREAM_OUTCOME_UNKNOWN',
        message: expect.stringContaining("read the card's live status"),
        upstream: 'shingsou',
      },
    ]);
    await untilSuspended(telecom);
    expect(await harness().calls('shingsou', 'flowcard-network')).toBe(1);

    // What the message says to do: the live status tells the outcome.
    const live = await harness().gql(`query ($iccid: String) { card(iccid: $iccid) { status { state } } }`, { iccid: telecom.iccid });
    expect(live.data).toEqual({ card: { status: { state: 'SUSPENDED' } } });
  });

  it('CMIOT change/sim-status/batch: UNKNOWN with no job to poll, sent once, and the card is in fact stopped', async () => {
    const [mobile] = activeCards(harness(), 'CHINA_MOBILE', taken, 1);
    if (!mobile) throw new Error('fleet without active cards');
    await cmiotKnobs(harness(), { latency: { [CHANGE_BATCH]: SLOW } });
    let batch: Awaited<ReturnType<typeof suspend>>;
    try {
      batch = await suspend([mobile.iccid]);
    } finally {
      await cmiotKnobs(harness(), { latency: { [CHANGE_BATCH]: { baseMs: 0, jitterMs: 0 } } });
    }
    expect(batch.job).toBeNull();
    expect(batch.results[0]).toMatchObject({ outcome: 'UNKNOWN', ok: false, pending: false, error: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: 'cmiot' });
    expect(batch.results[0]?.message).toContain("read the card's live status");
    await untilSuspended(mobile);
    expect(await harness().calls('cmiot', CHANGE_BATCH)).toBe(1);

    // The gateway recorded the change although it never saw an answer: a second stop is not sent.
    const again = await suspend([mobile.iccid]);
    expect(again.results[0]).toMatchObject({ outcome: 'FAILED', error: 'COOLDOWN', message: expect.stringContaining('3 minutes') });
    expect(await harness().calls('cmiot', CHANGE_BATCH)).toBe(1);
  });
});

describe('outcomes of answered changes', () => {
  it('APPLIED, PENDING (with the job to poll), FAILED for an unknown card, and a COOLDOWN refused by Shingsou carries a message', async () => {
    const [telecom] = activeCards(harness(), 'CHINA_TELECOM', taken, 1);
    const [mobile] = activeCards(harness(), 'CHINA_MOBILE', taken, 1);
    if (!telecom || !mobile) throw new Error('fleet without active cards');
    const first = await suspend([telecom.iccid, mobile.iccid, '89860399999999999999']);
    expect(first.results.map((r) => [r.outcome, r.ok, r.pending, r.error])).toEqual([
      ['APPLIED', true, false, null],
      ['PENDING', false, true, null],
      ['FAILED', false, false, 'NOT_FOUND'],
    ]);
    expect(first.results[1]?.message).toContain(`cardChangeJob(id: "${first.job?.id ?? ''}")`);

    await harness().gql(`mutation ($cards: [String!]!) { resumeCards(cards: $cards) { results { ok } } }`, { cards: [telecom.iccid] });
    const cooled = await suspend([telecom.iccid]);
    expect(cooled.results[0]).toMatchObject({ outcome: 'FAILED', error: 'COOLDOWN', upstream: 'shingsou', message: expect.stringContaining('cooldown') });
  });
});
