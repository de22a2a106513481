import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { formatShanghaiIso, type CardState } from '../../../src/domain';
import { createFleetStore } from '../../../src/fleet-store/create-fleet-store';
import type { FleetStatusReading, FleetStore } from '../../../src/fleet-store/fleet-store';
import { startDeliveryWorker, type DeliveryWorker } from '../../../src/webhooks/delivery-worker';
import { EVENT_ID_HEADER } from '../../../src/webhooks/deliver';
import { generateWebhookSecret, SIGNATURE_HEADER, verifyWebhookSignature } from '../../../src/webhooks/signature';
import { createWebhookAgent, type WebhookAgent } from '../../../src/webhooks/webhook-agent';
import type { WebhookEventBody } from '../../../src/webhooks/webhook-event-body';
import { clearCards, createTestDatabase } from '../fleet-store/support/backends';
import { fleetFixture, SYNCED_AT } from '../fleet-store/support/cards';
import { startReceiver, type Receiver } from './receiver';

/**
 * Issue 15 §4–5: events recorded by the store reach a webhook receiver on port 0, signed, at least
 * once, attempted by one replica at a time, retried on failure and given up or disabled by rule.
 */

const fixture = fleetFixture(12);
let tick = Date.parse('2026-11-23T00:00:00Z');

function reading(iccid: string, state: CardState): FleetStatusReading {
  tick += 60_000;
  return {
    iccid,
    syncedAt: new Date(tick),
    status: {
      state,
      raw: {
        source: 'SHINGSOU',
        carrier: 'CHINA_TELECOM',
        code: state,
        label: state,
      },
      checkedAt: formatShanghaiIso(tick),
    },
  };
}

/** Every fixture card read ACTIVE, then `count` of them SUSPENDED: `count` STATUS_CHANGED events. */
async function changeCards(store: FleetStore, count: number): Promise<void> {
  const cards = fixture.inventory.map((row) => row.card.iccid);
  await store.upsertStatuses(cards.map((iccid) => reading(iccid, 'ACTIVE')));
  await store.upsertStatuses(cards.slice(0, count).map((iccid) => reading(iccid, 'SUSPENDED')));
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const fast = (_first: Date, _attempts: number, now: Date) => new Date(now.getTime() + 50);

describe('webhook deliveries', () => {
  let database: { url: string; drop(): Promise<void> };
  let stores: FleetStore[] = [];
  let workers: DeliveryWorker[] = [];
  let receiver: Receiver | undefined;
  let agent: WebhookAgent;

  beforeAll(async () => {
    database = await createTestDatabase();
    agent = createWebhookAgent({ allowPrivate: true });
  }, 60_000);
  afterEach(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    workers = [];
    for (const store of stores) {
      for (const webhook of await store.webhooks()) await store.deleteWebhook(webhook.id);
      await store.close();
    }
    stores = [];
    await receiver?.close();
  });
  afterAll(async () => {
    await agent.close();
    await database.drop();
  });

  /** A store over the file's database, its cards read afresh (no earlier test's states). */
  async function openStore(): Promise<FleetStore> {
    const store = await createFleetStore({
      kind: 'postgres',
      url: database.url,
    });
    if (stores.length === 0) {
      await clearCards(store);
      await store.upsertInventory(fixture.inventory, SYNCED_AT);
    }
    stores.push(store);
    return store;
  }

  it('POSTs each status change once, signed, with its event id; a receiver that fails twice gets three attempts and one success', async () => {
    const store = await openStore();
    let answered = 0;
    receiver = await startReceiver((_request, response) => {
      answered += 1;
      response.statusCode = answered <= 2 ? 503 : 200;
      response.end();
    });
    const secret = generateWebhookSecret();
    const webhook = await store.createWebhook({
      url: `${receiver.origin}/hooks/fleet`,
      events: ['STATUS_CHANGED'],
      filter: {},
      secret,
    });
    workers.push(startDeliveryWorker({ store, agent, pollMs: 50, nextAttemptAt: fast }));
    await changeCards(store, 1);
    await until(async () => (await store.webhookDeliveries(webhook.id, { first: 10 })).deliveries.some((d) => d.status === 'DELIVERED'));
    expect(receiver.requests).toHaveLength(3);
    const ids = new Set(receiver.requests.map((r) => r.headers[EVENT_ID_HEADER.toLowerCase()]));
    expect(ids.size).toBe(1);
    for (const request of receiver.requests) {
      expect(verifyWebhookSignature(request.headers[SIGNATURE_HEADER.toLowerCase()], request.body, secret).ok).toBe(true);
    }
    const body = JSON.parse(receiver.requests[0]!.body.toString('utf8')) as WebhookEventBody;
    expect(body).toMatchObject({
      type: 'STATUS_CHANGED',
      card: { iccid: fixture.inventory[0]!.card.iccid },
      data: { from: { state: 'ACTIVE' }, to: { state: 'SUSPENDED' } },
    });
    expect([...ids]).toEqual([body.id]);
    const { deliveries } = await store.webhookDeliveries(webhook.id, {
      first: 10,
    });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({
      status: 'DELIVERED',
      attempts: 3,
      lastStatus: 200,
      lastError: null,
      eventId: body.id,
    });
    // A success ends the failure run.
    expect((await store.webhooks())[0]).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
    });
  });

  it('two replicas over one database deliver each event once, whichever claims it', async () => {
    const [a, b] = [await openStore(), await openStore()];
    receiver = await startReceiver((_request, response) => {
      // A slow receiver: both workers are busy at once.
      setTimeout(() => response.end(), 30);
    });
    const webhook = await a.createWebhook({
      url: receiver.origin,
      events: ['STATUS_CHANGED'],
      filter: { carriers: ['CHINA_MOBILE', 'CHINA_UNICOM', 'CHINA_TELECOM'] },
      secret: generateWebhookSecret(),
    });
    workers.push(startDeliveryWorker({ store: a, agent, pollMs: 20, batch: 2 }), startDeliveryWorker({ store: b, agent, pollMs: 20, batch: 2 }));
    await changeCards(a, 10);
    await until(async () => (await a.webhookDeliveries(webhook.id, { first: 50 })).deliveries.filter((d) => d.status === 'DELIVERED').length === 10);
    const perEvent = new Map<string, number>();
    for (const request of receiver.requests) {
      const id = String(request.headers[EVENT_ID_HEADER.toLowerCase()]);
      perEvent.set(id, (perEvent.get(id) ?? 0) + 1);
    }
    expect(perEvent.size).toBe(10);
    expect([...perEvent.values()].every((n) => n === 1)).toBe(true);
  });

  it('queues only the events a webhook asked for, and disables a webhook whose receiver answers 410 Gone', async () => {
    const store = await openStore();
    receiver = await startReceiver((_request, response) => {
      response.statusCode = 410;
      response.end();
    });
    const telecomOnly = await store.createWebhook({
      url: receiver.origin,
      events: ['STATUS_CHANGED'],
      filter: { carriers: ['CHINA_TELECOM'] },
      secret: generateWebhookSecret(),
    });
    const thresholds = await store.createWebhook({
      url: receiver.origin,
      events: ['USAGE_THRESHOLD_CROSSED'],
      filter: {},
      secret: generateWebhookSecret(),
    });
    await changeCards(store, 6);
    const telecomChanged = fixture.inventory.slice(0, 6).filter((row) => row.card.carrier === 'CHINA_TELECOM').length;
    expect((await store.webhookDeliveries(telecomOnly.id, { first: 50 })).deliveries).toHaveLength(telecomChanged);
    expect((await store.webhookDeliveries(thresholds.id, { first: 50 })).deliveries).toHaveLength(0);
    workers.push(startDeliveryWorker({ store, agent, pollMs: 20, nextAttemptAt: fast }));
    await until(async () => !(await store.webhooks()).find((w) => w.id === telecomOnly.id)?.enabled);
    const disabled = (await store.webhooks()).find((w) => w.id === telecomOnly.id);
    expect(disabled?.disabledReason).toMatch(/410/);
    // Disabled: no more attempts are claimed.
    const seen = receiver.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.requests.length).toBe(seen);
    expect(seen).toBeLessThanOrEqual(telecomChanged);
  });
});
