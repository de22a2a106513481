import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import WebSocket from 'ws';
import { createFleetStore } from '../../../src/fleet-store/create-fleet-store';
import { DEMO_API_KEY } from '../../../src/http/auth/api-keys';
import type { FleetStore } from '../../../src/fleet-store/fleet-store';
import { startSimulators, type RunningSimulators } from '../../../src/simulators';
import { fleetFixture, SYNCED_AT } from '../fleet-store/support/cards';
import { connect, startEventGateway, statusReading, STATUS_EVENTS, subscribe, untilSubscribed, type EventGateway, type TestClient } from './support/subscriptions';

/**
 * Issue 15 §3: `Subscription.cardEvents` over graphql-ws on the gateway's own `/graphql`, fed by
 * the fleet store's outbox (in-memory PGlite here) as the test changes the stored state.
 */

const fixture = fleetFixture(30);
const byCarrier = (carrier: string) => fixture.inventory.filter((row) => row.card.carrier === carrier).map((row) => row.card.iccid);
const TELECOM = byCarrier('CHINA_TELECOM');
const MOBILE = byCarrier('CHINA_MOBILE');

let simulators: RunningSimulators;
let store: FleetStore;
let clock = Date.parse('2026-11-20T00:00:00Z');
const clients: TestClient[] = [];

/** Every card ACTIVE then, one write per card, alternately SUSPENDED and ACTIVE: one STATUS_CHANGED each. */
async function flip(iccids: readonly string[], state: 'ACTIVE' | 'SUSPENDED'): Promise<void> {
  for (const iccid of iccids) {
    clock += 60_000;
    await store.upsertStatuses([statusReading(iccid, state, clock)]);
  }
}

function open(gateway: EventGateway, params?: Record<string, unknown>): TestClient {
  const client = connect(gateway.wsUrl, params);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  simulators = await startSimulators({ cards: 50 });
  store = await createFleetStore({ kind: 'memory' });
  await store.upsertInventory(fixture.inventory, SYNCED_AT);
  // A first reading records nothing; every change after it records one event.
  await store.upsertStatuses(fixture.inventory.map((row) => statusReading(row.card.iccid, 'ACTIVE', clock)));
}, 60_000);

afterAll(async () => {
  await store?.close();
  await simulators?.close();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

describe('cardEvents subscription (open demo mode)', () => {
  let gateway: EventGateway;
  beforeAll(async () => {
    gateway = await startEventGateway(simulators, store);
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('delivers one event per change, once, in order, with its type, card and states', async () => {
    const { client } = open(gateway);
    const all = subscribe(client, STATUS_EVENTS);
    await untilSubscribed(gateway, 1);
    const cards = TELECOM.slice(0, 3);
    await flip(cards, 'SUSPENDED');
    await flip(cards, 'ACTIVE');

    const results = await all.waitFor(6);
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    const events = results.map((result) => result.data?.['cardEvents'] as { id: string; sequence: number; type: string; card: { iccid: string }; from: { state: string }; to: { state: string } });
    expect(events.map((event) => [event.type, event.card.iccid, event.from.state, event.to.state])).toEqual([
      ...cards.map((iccid) => ['STATUS_CHANGED', iccid, 'ACTIVE', 'SUSPENDED']),
      ...cards.map((iccid) => ['STATUS_CHANGED', iccid, 'SUSPENDED', 'ACTIVE']),
    ]);
    const sequences = events.map((event) => event.sequence);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
    expect(new Set(events.map((event) => event.id)).size).toBe(6);
    // And none twice: a poll and the notifications read the same outbox.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(all.results).toHaveLength(6);
  });

  it('honours the filter: types, and the card as recorded (carriers)', async () => {
    const { client } = open(gateway);
    const telecomOnly = subscribe(client, STATUS_EVENTS, { filter: { types: ['STATUS_CHANGED'], cards: { carriers: ['CHINA_TELECOM'] } } });
    const expiring = subscribe(client, STATUS_EVENTS, { filter: { types: ['EXPIRING'] } });
    const oneCard = subscribe(client, STATUS_EVENTS, { filter: { iccids: [MOBILE[1]] } });
    await untilSubscribed(gateway, 3);
    await flip([MOBILE[0]!, TELECOM[3]!, MOBILE[1]!, TELECOM[4]!], 'SUSPENDED');

    const telecom = await telecomOnly.waitFor(2);
    expect(telecom.map((result) => (result.data?.['cardEvents'] as { card: { iccid: string } }).card.iccid)).toEqual([TELECOM[3], TELECOM[4]]);
    expect((await oneCard.waitFor(1)).map((result) => (result.data?.['cardEvents'] as { card: { iccid: string } }).card.iccid)).toEqual([MOBILE[1]]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(expiring.results).toEqual([]);
    expect(telecomOnly.results).toHaveLength(2);
    expect(oneCard.results).toHaveLength(1);
    await flip([MOBILE[0]!, TELECOM[3]!, MOBILE[1]!, TELECOM[4]!], 'ACTIVE');
  });

  it('refuses a filter the history refuses, before subscribing', async () => {
    const { client } = open(gateway);
    const bad = subscribe(client, STATUS_EVENTS, { filter: { iccids: ['not-an-iccid'] } });
    await bad.ended();
    expect(bad.results.map((result) => result.errors?.[0]?.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
    expect(bad.completed).toBe(true);
  });

  it('refuses a too-deep document as HTTP does, and queries (they go over HTTP)', async () => {
    const { client } = open(gateway);
    // Each level of carrier → cards → edges → node is 4 deep: past the limit (20 by default).
    const levels = Math.ceil(gateway.app.config.edge.maxQueryDepth / 4) + 1;
    const deep = `subscription { cardEvents { card { ${'carrier { cards(first: 1) { edges { node { '.repeat(levels)}iccid${' } } } }'.repeat(levels)} } } }`;
    const refused = subscribe(client, deep);
    await refused.ended();
    const errors = refused.failure as { message: string; extensions?: Record<string, unknown> }[];
    expect(errors.map((error) => error.extensions?.['code'])).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.results).toEqual([]);

    const overHttp = await fetch(gateway.app.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: deep }) });
    const body = (await overHttp.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors.map((error) => error.extensions.code)).toContain('GRAPHQL_VALIDATION_FAILED');

    const query = subscribe(client, '{ __typename }');
    await query.ended();
    expect((query.failure as { extensions?: Record<string, unknown> }[]).map((error) => error.extensions?.['code'])).toEqual(['BAD_REQUEST']);
  });

  it('takes at most 20 subscriptions on one connection', async () => {
    const { client } = open(gateway);
    const running = Array.from({ length: 20 }, () => subscribe(client, STATUS_EVENTS));
    await untilSubscribed(gateway, 20);
    const extra = subscribe(client, STATUS_EVENTS);
    await extra.ended();
    expect((extra.failure as { extensions?: Record<string, unknown> }[]).map((error) => error.extensions?.['code'])).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    running.forEach((subscription) => subscription.unsubscribe());
    await untilSubscribed(gateway, 0);
  });
});

describe('cardEvents subscription with API_KEYS', () => {
  const EVERYTHING = 'subscriber-key-0123456789';
  const STATUS_ONLY = 'status-only-key-0123456789';
  let gateway: EventGateway;
  beforeAll(async () => {
    gateway = await startEventGateway(simulators, store, { API_KEYS: `${EVERYTHING}=iot.cardservice.all;${STATUS_ONLY}=iot.cardservice.flowcard.status`, CORS_ORIGINS: 'https://ops.example.com' });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('closes a connection without a key, or with an unknown one, 4403', async () => {
    expect((await open(gateway).closed).code).toBe(4403);
    expect((await open(gateway, { 'x-api-key': 'no-such-key-0123456789' }).closed).code).toBe(4403);
  });

  it('refuses a key without iot.cardservice.flowcard.get with FORBIDDEN', async () => {
    const { client } = open(gateway, { 'x-api-key': STATUS_ONLY });
    const refused = subscribe(client, STATUS_EVENTS);
    await refused.ended();
    expect(refused.results.map((result) => result.errors?.map((error) => [error.extensions?.['code'], error.extensions?.['scope']]))).toEqual([[['FORBIDDEN', 'iot.cardservice.flowcard.get']]]);
  });

  it("holds a browser's Origin to CORS_ORIGINS (the gateway's own pages always pass)", async () => {
    const upgrade = (origin: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(gateway.wsUrl, 'graphql-transport-ws', { origin });
        socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('error', () => undefined);
      });
    expect(await upgrade('https://elsewhere.example.com')).toBe(403);
    expect(await upgrade('https://ops.example.com')).toBe(101);
    expect(await upgrade(new URL(gateway.wsUrl.replace(/^ws/, 'http')).origin)).toBe(101);
  });

  it('takes the key as x-api-key or as a bearer token', async () => {
    const { client } = open(gateway, { authorization: `Bearer ${EVERYTHING}` });
    const events = subscribe(client, STATUS_EVENTS, { filter: { iccids: [TELECOM[5]] } });
    await untilSubscribed(gateway, 1);
    await flip([TELECOM[5]!], 'SUSPENDED');
    expect((await events.waitFor(1))[0]?.data?.['cardEvents']).toMatchObject({ type: 'STATUS_CHANGED', card: { iccid: TELECOM[5] }, to: { state: 'SUSPENDED' } });
    await flip([TELECOM[5]!], 'ACTIVE');
  });
});

describe('live card fields in events', () => {
  let gateway: EventGateway;
  beforeAll(async () => {
    gateway = await startEventGateway(simulators, store, { RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '3' });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it("reads them per event, in a context of its own, each event charged to the key's upstream-call budget", async () => {
    // Cards the simulators know, stored with readings newer than theirs (so the live reads these
    // events make, which refresh the store, change nothing and record no event of their own).
    const [a, b] = simulators.fleet.cards.filter((card) => card.carrier === 'CHINA_TELECOM' && card.inShingsou);
    const template = fixture.inventory.find((row) => row.card.carrier === 'CHINA_TELECOM')!;
    await store.upsertInventory([a!, b!].map((card) => ({ ...template, card: { ...template.card, iccid: card.iccid, msisdn: card.msisdn, imsi: card.imsi } })), SYNCED_AT);
    let at = Date.now() + 86_400_000;
    await store.upsertStatuses([a!, b!].map((card) => statusReading(card.iccid, 'ACTIVE', at)));
    await Promise.all(['shingsou', 'cmiot'].map((upstream) => fetch(`${simulators[upstream as 'shingsou'].baseUrl}/__sim/reset`, { method: 'POST' })));

    const { client } = open(gateway);
    const live = subscribe(client, 'subscription ($iccids: [String!]) { cardEvents(filter: { iccids: $iccids }) { card { iccid status { state } } to { state } } }', { iccids: [a!.iccid, b!.iccid] });
    await untilSubscribed(gateway, 1);
    const changes: [typeof a, 'ACTIVE' | 'SUSPENDED'][] = [[a, 'SUSPENDED'], [b, 'SUSPENDED'], [a, 'ACTIVE'], [b, 'ACTIVE']];
    for (const [card, state] of changes) {
      at += 60_000;
      await store.upsertStatuses([statusReading(card!.iccid, state, at)]);
    }

    const results = await live.waitFor(4);
    // Three events fit the budget of 3 calls a minute (1 estimated call each: Card.status); the fourth is refused alone.
    expect(results.slice(0, 3).map((result) => result.data?.['cardEvents'])).toEqual(
      changes.slice(0, 3).map(([card, state]) => ({ card: { iccid: card!.iccid, status: { state: card!.state } }, to: { state } })),
    );
    expect(results[3]).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect(live.completed).toBe(false);
    // A's second event read its status again: one subscription-wide context would have answered it from its DataLoader.
    const stats = (await (await fetch(`${simulators.shingsou.baseUrl}/__sim/stats`)).json()) as { routes: Record<string, { calls: number }> };
    expect(stats.routes['flowcard-status']?.calls).toBe(3);
  });
});

describe('connection limits', () => {
  let gateway: EventGateway;
  beforeAll(async () => {
    gateway = await startEventGateway(simulators, store, {}, { subscriptionLimits: { maxConnectionsPerKey: 2, maxConnections: 3 } });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('closes a connection over the per-key limit 1013 Try Again Later, and answers an upgrade over the total 503', async () => {
    // Two acknowledged connections of the anonymous demo caller (a subscription runs on each).
    for (const connection of [open(gateway), open(gateway)]) subscribe(connection.client, STATUS_EVENTS);
    await untilSubscribed(gateway, 2);
    expect((await open(gateway).closed).code).toBe(1013);

    // Another caller (the demo key) still gets in: the third socket of three.
    const demo = open(gateway, { 'x-api-key': DEMO_API_KEY });
    subscribe(demo.client, STATUS_EVENTS);
    await untilSubscribed(gateway, 3);
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(gateway.wsUrl, 'graphql-transport-ws');
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => reject(new Error('a fourth socket was accepted')));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(503);
  });
});

describe('closing the gateway', () => {
  it("ends the client's socket with 1001 and the subscription with it", async () => {
    const gateway = await startEventGateway(simulators, store);
    try {
      const connection = open(gateway);
      const running = subscribe(connection.client, STATUS_EVENTS);
      await untilSubscribed(gateway, 1);
      const started = Date.now();
      await gateway.close();
      expect(Date.now() - started).toBeLessThan(5000);
      expect((await connection.closed).code).toBe(1001);
      await running.ended();
    } finally {
      await gateway.close().catch(() => undefined);
    }
  });
});
