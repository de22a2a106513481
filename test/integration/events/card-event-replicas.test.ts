import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { createFleetStore } from '../../../src/fleet-store/create-fleet-store';
import type { FleetStore } from '../../../src/fleet-store/fleet-store';
import { startSimulators, type RunningSimulators } from '../../../src/simulators';
import { fleetFixture, SYNCED_AT } from '../fleet-store/support/cards';
import { createTestDatabase } from '../fleet-store/support/backends';
import { connect, sleep, startEventGateway, statusReading, STATUS_EVENTS, subscribe, untilSubscribed, type EventGateway, type TestClient } from './support/subscriptions';

/**
 * Two replicas over one PostgreSQL database (issue 15 §3): a subscriber on each receives every
 * event exactly once, whichever replica's store recorded it. Each replica has its own store (pool
 * and LISTEN connection), as two processes would.
 */

const fixture = fleetFixture(12);
const iccids = fixture.inventory.map((row) => row.card.iccid);

let simulators: RunningSimulators;
let database: { url: string; drop(): Promise<void> } | undefined;
const stores: FleetStore[] = [];
const gateways: EventGateway[] = [];
const clients: TestClient[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  simulators = await startSimulators({ cards: 50 });
  for (let i = 0; i < 2; i += 1) stores.push(await createFleetStore({ kind: 'postgres', url: database.url }));
  await stores[0]!.upsertInventory(fixture.inventory, SYNCED_AT);
  await stores[0]!.upsertStatuses(iccids.map((iccid) => statusReading(iccid, 'ACTIVE', Date.parse('2026-11-20T00:00:00Z'))));
  for (const store of stores) gateways.push(await startEventGateway(simulators, store));
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  for (const gateway of gateways) await gateway.close();
  for (const store of stores) await store.close();
  await simulators?.close();
  await database?.drop();
});

it('delivers each event once to a subscriber on each replica, whichever replica wrote it', async () => {
  const subscriptions = gateways.map((gateway) => {
    const client = connect(gateway.wsUrl);
    clients.push(client);
    return subscribe(client.client, STATUS_EVENTS);
  });
  for (const gateway of gateways) await untilSubscribed(gateway, 1);

  // Alternate the writing replica's store: six changes through the first, six through the second.
  let at = Date.parse('2026-11-21T00:00:00Z');
  for (const [i, iccid] of iccids.entries()) {
    at += 60_000;
    await stores[i % 2]!.upsertStatuses([statusReading(iccid, 'SUSPENDED', at)]);
  }

  const received = await Promise.all(subscriptions.map((subscription) => subscription.waitFor(iccids.length, 15_000)));
  // Give a late duplicate (a poll after a notification) the time to show up.
  await sleep(2500);
  for (const [replica, subscription] of subscriptions.entries()) {
    expect(subscription.results).toHaveLength(iccids.length);
    const events = received[replica]!.map((result) => result.data?.['cardEvents'] as { id: string; sequence: number; card: { iccid: string }; to: { state: string } });
    expect(events.map((event) => event.card.iccid)).toEqual(iccids);
    expect(events.every((event) => event.to.state === 'SUSPENDED')).toBe(true);
    expect(new Set(events.map((event) => event.id)).size).toBe(iccids.length);
  }
  // Both saw the same events, by id, in the same order.
  const ids = received.map((results) => results.map((result) => (result.data?.['cardEvents'] as { id: string }).id));
  expect(ids[0]).toEqual(ids[1]);
});
