import { beforeAll, describe, expect, it } from '@jest/globals';
import { useHarness } from '../support/gateway';

// One call in flight at a time makes the queue's order the only thing that decides.
const harness = useHarness({ env: { UPSTREAM_CONCURRENCY: '1' } }, { resetStats: false });
beforeAll(async () => {
  await harness().knobs('shingsou', { latency: { 'flowcard-status': { baseMs: 15, jitterMs: 0 } } });
});

describe('an upstream shared between requests', () => {
  it('serves a single-card lookup in turn with a 30-card list that was queued first', async () => {
    const finished: string[] = [];
    const list = harness()
      .gql(`{ cards(first: 30, carrier: CHINA_TELECOM) { edges { node { status { state } } } } }`)
      .then((result) => (finished.push('list'), result));
    // Wait until the list's 30 status calls are queued behind the one in flight.
    while ((await harness().stats('shingsou')).routes['flowcard-status'] === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const telecom = harness().simulators.fleet.cards.find((card) => card.carrier === 'CHINA_TELECOM' && card.inShingsou);
    const single = harness()
      .gql(`query ($iccid: String) { card(iccid: $iccid) { status { state } } }`, { iccid: telecom?.iccid })
      .then((result) => (finished.push('single'), result));
    const [listResult, singleResult] = await Promise.all([list, single]);
    expect(listResult.errors).toBeUndefined();
    expect(singleResult.errors).toBeUndefined();
    // First-come-first-served would finish the list first: the lookup's two calls queue behind 29.
    expect(finished).toEqual(['single', 'list']);
  });
});
