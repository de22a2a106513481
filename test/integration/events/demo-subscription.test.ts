import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startHarness, type Harness } from '../../support/gateway';

/**
 * Issue 15's acceptance, as a demo user meets it: `npm start`'s composition (simulators in
 * process, the in-memory store filled by the sync), a graphql-ws client subscribed to cardEvents,
 * and the simulated carrier stopping and resuming cards by itself. No write of ours.
 */

interface Received {
  id: string;
  type: string;
  card: { iccid: string };
  from: { state: string };
  to: { state: string };
}

describe('demo mode: cardEvents while the carrier changes cards', () => {
  let harness: Harness;
  let client: Client | undefined;

  beforeAll(async () => {
    // A pass a second, so the test sees carrier changes within seconds rather than a minute.
    harness = await startHarness({ simulators: { cards: 300 }, env: { SYNC: 'on', SYNC_PASS_SECONDS: '1' } });
  }, 60_000);
  afterAll(async () => {
    await client?.dispose();
    await harness?.close();
  });

  it('delivers the status changes the sync sees, each once, with the state the simulator holds', async () => {
    const end = Date.now() + 30_000;
    const stored = async () => ((await harness.gql('{ fleetSummary { total } }')).data?.['fleetSummary'] as { total: number } | null)?.total ?? 0;
    while ((await stored()) === 0) {
      if (Date.now() > end) throw new Error('the store never filled');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    client = createClient({ url: harness.gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    const received: Received[] = [];
    const errors: unknown[] = [];
    client.subscribe<{ cardEvents: Received }>(
      { query: 'subscription { cardEvents(filter: { types: [STATUS_CHANGED] }) { id type card { iccid } from { state } to { state } } }' },
      { next: (result) => (result.data ? received.push(result.data.cardEvents) : errors.push(result.errors)), error: (error) => errors.push(error), complete: () => undefined },
    );
    // Give the subscription its place in the hub before the carrier acts.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await harness.knobs('shingsou', { carrierChangesPerMinute: 600 });
    const deadline = Date.now() + 30_000;
    while (received.length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await harness.knobs('shingsou', { carrierChangesPerMinute: 0 });
    // Changes made before the knob went off reach the subscriber within a pass or two.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(errors).toEqual([]);
    expect(received.length).toBeGreaterThanOrEqual(3);
    expect(new Set(received.map((event) => event.id)).size).toBe(received.length);
    for (const event of received) {
      expect(event.type).toBe('STATUS_CHANGED');
      expect(event.from.state).not.toBe(event.to.state);
    }
    // The last change of each card is the state the simulator reports for it now, through the gateway.
    const last = new Map(received.map((event) => [event.card.iccid, event.to.state]));
    const live = await harness.gql('query ($ids: [String!]!) { cardsByIds(ids: $ids) { iccid status { state } } }', { ids: [...last.keys()] });
    const now = live.data?.['cardsByIds'] as { iccid: string; status: { state: string } }[];
    for (const card of now) expect([card.iccid, card.status.state]).toEqual([card.iccid, last.get(card.iccid)]);
  }, 90_000);
});
