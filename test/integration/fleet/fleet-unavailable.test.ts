import { describe, expect, it } from '@jest/globals';
import { seedStore } from './support/fleet-seed';
import { useFleetHarness } from './support/fleet-harness';

/**
 * A fleet store that is down (closed here: every call rejects with FleetStoreError) fails the
 * fleet fields with FLEET_STORE_UNAVAILABLE, and only them: `cards`, `card` and `status` answer
 * live, and `status(maxAge:)`, which would have read the store, goes live too.
 */

const harness = useFleetHarness({ cards: 60 }, async (h) => {
  await seedStore(h.store, h.upstreams);
  await h.store.close();
});

describe('fleet store unavailable', () => {
  it('fails fleet and fleetSummary with FLEET_STORE_UNAVAILABLE while cards, card and status answer', async () => {
    const [card, other] = harness().simulators.fleet.cards.filter((c) => c.inShingsou && c.carrier === 'CHINA_TELECOM');
    if (!card || !other) throw new Error('the simulated fleet has Telecom cards');
    const result = await harness().gql(`{
      fleet(first: 5) { totalCount edges { node { iccid } } }
      fleetSummary { total }
      cards(first: 3) { edges { node { iccid status { state } } } }
      card(iccid: "${card.iccid}") { iccid status(maxAge: 3600) { state checkedAt } }
    }`);
    expect(result.data?.['fleet']).toBeNull();
    expect(result.data?.['fleetSummary']).toBeNull();
    const codes = Object.fromEntries((result.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.['code']]));
    expect(codes).toEqual({ fleet: 'FLEET_STORE_UNAVAILABLE', fleetSummary: 'FLEET_STORE_UNAVAILABLE' });
    for (const error of result.errors ?? []) expect(error.message).not.toMatch(/SQLSTATE|pglite|closed/i);
    expect(result.data).toMatchObject({
      cards: { edges: [{ node: { status: {} } }, { node: { status: {} } }, { node: { status: {} } }] },
      card: { iccid: card.iccid, status: { state: expect.any(String) } },
    });
    // The maxAge read could not use the store: it went live, one flowcard-status for a Telecom card
    // not read before (the first one's answer is in the live cache now).
    await harness().resetStats();
    const again = await harness().gql(`{ card(iccid: "${other.iccid}") { status(maxAge: 3600) { state } } }`);
    expect(again.errors).toBeUndefined();
    expect(await harness().dataCalls()).toEqual({ 'shingsou flowcard-get': 1, 'shingsou flowcard-status': 1 });
  });
});
