import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import pino from 'pino';
import type { CardEvent } from '../../../src/domain';
import { createCardEventHub } from '../../../src/fleet-events/event-hub';
import type { CardEventFeed } from '../../../src/fleet-events/event-feed';
import { createFleetStore } from '../../../src/fleet-store/create-fleet-store';
import type { FleetStore } from '../../../src/fleet-store/fleet-store';
import { reopeningFleetStore } from '../../../src/fleet-store/reopening-fleet-store';
import { createTestDatabase } from '../fleet-store/support/backends';
import { fleetFixture, SYNCED_AT } from '../fleet-store/support/cards';
import { sleep, statusReading } from './support/subscriptions';

/**
 * The event hub (`src/fleet-events/`) over a real store: it reads only while someone listens,
 * hands every event to each feed once and in order, ends a feed that stops reading, and rides out
 * a store that is not open or not there.
 */

const fixture = fleetFixture(40);
const iccids = fixture.inventory.map((row) => row.card.iccid);
const silent = pino({ level: 'silent' });
let clock = Date.parse('2026-11-20T00:00:00Z');

/** One STATUS_CHANGED per card: each is flipped to the other state. */
async function flipAll(store: FleetStore, cards: readonly string[], state: 'ACTIVE' | 'SUSPENDED'): Promise<void> {
  clock += 60_000;
  await store.upsertStatuses(cards.map((iccid) => statusReading(iccid, state, clock)));
}

/** Reads `count` events from `feed`, each within the bound. */
async function take(feed: CardEventFeed, count: number, timeoutMs = 5000): Promise<CardEvent[]> {
  const events: CardEvent[] = [];
  while (events.length < count) {
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([feed.next(), new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${events.length} of ${count} events`)), timeoutMs)))]);
    clearTimeout(timer);
    if (next.done) throw new Error(`the feed ended after ${events.length} of ${count} events`);
    events.push(next.value);
  }
  return events;
}

/** The same store, its event reads counted: a spy on a real store, no stand-in. */
function countingReads(store: FleetStore, reads: { count: number }): FleetStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (property === 'eventsAfter' || property === 'lastEventSequence') reads.count += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

function logLines(): { log: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

describe('event hub over PGlite', () => {
  let store: FleetStore;
  beforeAll(async () => {
    store = await createFleetStore({ kind: 'memory' });
    await store.upsertInventory(fixture.inventory, SYNCED_AT);
    await store.upsertStatuses(iccids.map((iccid) => statusReading(iccid, 'ACTIVE', clock)));
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  it('reads the store only while a feed is open', async () => {
    const reads = { count: 0 };
    const hub = createCardEventHub({ store: countingReads(store, reads), log: silent, pollMs: 20 });
    await sleep(150);
    expect(reads.count).toBe(0);

    const feed = await hub.subscribe({});
    await flipAll(store, iccids.slice(0, 2), 'SUSPENDED');
    expect((await take(feed, 2)).map((event) => event.card.iccid)).toEqual(iccids.slice(0, 2));
    expect(reads.count).toBeGreaterThan(1);

    await feed.return();
    expect(hub.subscribers).toBe(0);
    await sleep(100);
    const after = reads.count;
    await sleep(200);
    expect(reads.count).toBe(after);
    await flipAll(store, iccids.slice(0, 2), 'ACTIVE');
    await hub.close();
  });

  it('hands each event to every feed once, in order, by its selection', async () => {
    const hub = createCardEventHub({ store, log: silent, pollMs: 50, batchSize: 7 });
    const all = await hub.subscribe({});
    const telecom = await hub.subscribe({ cards: { carriers: ['CHINA_TELECOM'] } });
    const none = await hub.subscribe({ types: ['EXPIRING'] });
    await flipAll(store, iccids, 'SUSPENDED');

    const events = await take(all, iccids.length);
    expect(events.map((event) => event.card.iccid).sort()).toEqual([...iccids].sort());
    expect(events.map((event) => event.sequence)).toEqual([...events.map((event) => event.sequence)].sort((a, b) => a - b));
    const expected = events.filter((event) => event.card.carrier === 'CHINA_TELECOM').map((event) => event.id);
    expect((await take(telecom, expected.length)).map((event) => event.id)).toEqual(expected);
    await sleep(200);
    expect([all.backlog, telecom.backlog, none.backlog]).toEqual([0, 0, 0]);
    await hub.close();
    expect(await all.next()).toEqual({ value: undefined, done: true });
    await flipAll(store, iccids, 'ACTIVE');
  });

  it('ends a feed that lets more than its buffer wait with SUBSCRIPTION_FELL_BEHIND; the others go on', async () => {
    const hub = createCardEventHub({ store, log: silent, pollMs: 50, batchSize: 10, bufferSize: 15, slowSubscriberGraceMs: 100 });
    const reader = await hub.subscribe({});
    const stalled = await hub.subscribe({});
    const reading = take(reader, iccids.length * 2);
    await flipAll(store, iccids, 'SUSPENDED');
    await flipAll(store, iccids, 'ACTIVE');

    expect(await reading).toHaveLength(iccids.length * 2);
    await expect(stalled.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIPTION_FELL_BEHIND' } });
    expect(await stalled.next()).toEqual({ value: undefined, done: true });
    expect(hub.subscribers).toBe(1);
    await hub.close();
  });

  it('waits for a store that is not open yet without opening it, then delivers', async () => {
    let open = false;
    const reads = { count: 0 };
    const hub = createCardEventHub({ store: countingReads(store, reads), storeIsOpen: () => open, log: silent, pollMs: 20 });
    const feed = await hub.subscribe({});
    await sleep(100);
    expect(reads.count).toBe(0);
    open = true;
    await sleep(100);
    await flipAll(store, iccids.slice(0, 3), 'SUSPENDED');
    expect(await take(feed, 3)).toHaveLength(3);
    await hub.close();
    await flipAll(store, iccids.slice(0, 3), 'ACTIVE');
  });
});

describe('event hub over a PostgreSQL database that appears late', () => {
  let database: { url: string; drop(): Promise<void> } | undefined;
  afterAll(async () => {
    await database?.drop();
  });

  it('logs the failure once, retries with back-off, and delivers once the store opens', async () => {
    // A database created and dropped: its URL names one that does not exist (yet).
    database = await createTestDatabase();
    await database.drop();
    const { log, lines } = logLines();
    const store = reopeningFleetStore(() => createFleetStore({ kind: 'postgres', url: database!.url }, { timeouts: { connectMs: 1000 } }), { retryMs: 100 });
    const hub = createCardEventHub({ store, log, pollMs: 50, maxBackoffMs: 200, callTimeoutMs: 2000 });
    try {
      const started = Date.now();
      const feed = await hub.subscribe({});
      expect(Date.now() - started).toBeLessThan(3000);
      await sleep(600);

      const url = new URL(database.url);
      const name = url.pathname.slice(1);
      url.pathname = '/postgres';
      const admin = new Client({ connectionString: url.toString() });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();

      const until = Date.now() + 10_000;
      while (!lines.some((line) => line['msg'] === 'fleet events: reading the store again') && Date.now() < until) await sleep(50);
      await store.upsertInventory(fixture.inventory.slice(0, 2), SYNCED_AT);
      await store.upsertStatuses(iccids.slice(0, 2).map((iccid) => statusReading(iccid, 'ACTIVE', clock)));
      await flipAll(store, iccids.slice(0, 2), 'SUSPENDED');
      expect((await take(feed, 2)).map((event) => event.card.iccid)).toEqual(iccids.slice(0, 2));

      const messages = lines.map((line) => line['msg']);
      expect(messages.filter((msg) => msg === 'fleet events: the store failed; retrying with back-off')).toHaveLength(1);
      expect(messages.filter((msg) => msg === 'fleet events: reading the store again')).toHaveLength(1);
    } finally {
      await hub.close();
      await store.close();
    }
  });
});
