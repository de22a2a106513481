import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestDatabase } from '../fleet-store/support/backends';
import { startReceiver, type Receiver } from '../webhooks/receiver';
import { startHarness, type Harness } from '../../support/gateway';
import { SIGNATURE_HEADER, verifyWebhookSignature } from '../../../src/webhooks/signature';
import type { WebhookEventBody } from '../../../src/webhooks/webhook-event-body';

/**
 * Issue 15: a stop made through the API becomes one STATUS_CHANGED event in the store's outbox,
 * one entry of the cardEvents history, one event on a graphql-ws subscription and one signed POST
 * to a webhook receiver on port 0.
 */

async function until<T>(read: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a stop through the API', () => {
  let database: { url: string; drop(): Promise<void> };
  let harness: Harness;
  let receiver: Receiver;

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await startReceiver((_request, response) => response.end());
    // The sync fills the store with the simulators' 300 cards; webhooks may call the loopback receiver.
    harness = await startHarness({ env: { DATABASE_URL: database.url, SYNC: 'on', WEBHOOKS_ALLOW_PRIVATE_URLS: 'on' } });
  }, 60_000);
  afterAll(async () => {
    await harness?.close();
    await receiver?.close();
    await database?.drop();
  });

  it('reaches the history, a subscriber and a webhook receiver as one event, signed with the secret shown at creation', async () => {
    const card = await until(async () => {
      const result = await harness.gql('{ fleet(filter: { states: [ACTIVE], carriers: [CHINA_TELECOM] }, first: 1) { edges { node { iccid } } } }');
      const edges = (result.data?.['fleet'] as { edges: { node: { iccid: string } }[] } | null)?.edges;
      return edges?.[0]?.node.iccid;
    });
    const created = await harness.gql(
      'mutation ($input: WebhookInput!) { createWebhook(input: $input) { secret webhook { id url events enabled } } }',
      { input: { url: `${receiver.origin}/fleet-events`, events: ['STATUS_CHANGED'], filter: { carriers: ['CHINA_TELECOM'] } } },
    );
    expect(created.errors).toBeUndefined();
    const { secret, webhook } = created.data?.['createWebhook'] as { secret: string; webhook: { id: string; enabled: boolean } };
    expect(secret).toMatch(/^whsec_/);
    expect(webhook.enabled).toBe(true);
    // The secret is shown once: the list never carries it.
    expect(JSON.stringify((await harness.gql('{ webhooks { id url events } }')).data)).not.toContain(secret);

    const subscriber = createClient({ url: harness.gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    const pushed: { id: string; card: { iccid: string } }[] = [];
    const unsubscribe = subscriber.subscribe<{ cardEvents: { id: string; card: { iccid: string } } }>(
      { query: 'subscription { cardEvents(filter: { types: [STATUS_CHANGED] }) { id card { iccid } } }' },
      { next: (result) => void (result.data && pushed.push(result.data.cardEvents)), error: () => undefined, complete: () => undefined },
    );
    // Its place in the hub is taken before the change.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const stop = await harness.gql('mutation ($cards: [String!]!) { suspendCards(cards: $cards) { results { outcome } } }', { cards: [card] });
    expect(stop.data?.['suspendCards']).toEqual({ results: [{ outcome: 'APPLIED' }] });

    const request = await until(async () => receiver.requests[0]);
    expect(verifyWebhookSignature(request.headers[SIGNATURE_HEADER.toLowerCase()], request.body, secret).ok).toBe(true);
    const body = JSON.parse(request.body.toString('utf8')) as WebhookEventBody;
    expect(body).toMatchObject({ type: 'STATUS_CHANGED', card: { iccid: card, carrier: 'CHINA_TELECOM' }, data: { from: { state: 'ACTIVE' }, to: { state: 'SUSPENDED' } } });

    const history = await harness.gql('query ($iccids: [String!]) { cardEvents(filter: { iccids: $iccids }) { edges { node { id type card { iccid } from { state } to { state } } } } }', { iccids: [card] });
    expect(history.errors).toBeUndefined();
    const events = (history.data?.['cardEvents'] as { edges: { node: { id: string; type: string; from: { state: string }; to: { state: string } } }[] }).edges.map((edge) => edge.node);
    expect(events).toEqual([{ id: body.id, type: 'STATUS_CHANGED', card: { iccid: card }, from: { state: 'ACTIVE' }, to: { state: 'SUSPENDED' } }]);

    const deliveries = await until(async () => {
      const result = await harness.gql('query ($id: ID!) { webhookDeliveries(webhookId: $id) { deliveries { eventId status attempts lastStatus } } }', { id: webhook.id });
      const page = result.data?.['webhookDeliveries'] as { deliveries: { status: string }[] } | undefined;
      return page?.deliveries.every((d) => d.status === 'DELIVERED') ? page.deliveries : undefined;
    });
    expect(deliveries).toEqual([{ eventId: body.id, status: 'DELIVERED', attempts: 1, lastStatus: 200 }]);
    // Once: no second POST of it after the worker's next looks, and one push to the subscriber.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.requests).toHaveLength(1);
    expect(pushed).toEqual([{ id: body.id, card: { iccid: card } }]);
    unsubscribe();
    await subscriber.dispose();
  });

  it('refuses a webhook to a private address when the setting is off, and an alert rule with two conditions, as BAD_USER_INPUT', async () => {
    const other = await startHarness({ env: { WEBHOOKS_ALLOW_PRIVATE_URLS: 'off' }, shareSimulatorsWith: harness });
    try {
      const refused = await other.gql('mutation { createWebhook(input: { url: "http://127.0.0.1:9/x", events: [EXPIRING] }) { secret } }');
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const rule = await other.gql('mutation { createAlertRule(input: { name: "two", usagePercent: 80, expiresWithinDays: 3 }) { id } }');
      expect(rule.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(rule.errors?.[0]?.message).toMatch(/exactly one/);
    } finally {
      await other.close();
    }
  });
});
