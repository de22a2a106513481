import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client as PgClient } from 'pg';
import pino from 'pino';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startSimGraph, type SimGraph } from '../src/app';
import { parseConfig } from '../src/config';
import { startSimulators } from '../src/simulators';

/**
 * Fleet events end to end (issue 15's closing figures): two gateways over one PostgreSQL database
 * (a scratch one, dropped after), both simulators with carrier changes on, the sync at its default
 * cadence (SYNC_PASS_SECONDS=60 unless given). One graphql-ws subscriber on each gateway and one
 * webhook receiver. For each STATUS_CHANGED event: the latency from the carrier's change
 * (`occurredAt`, the simulator's change time) to the subscriber and to the webhook, and how many
 * times each got it.
 *
 *   npx ts-node --transpile-only bench/event-latency.ts [seconds=240] [carrierChangesPerMinute=6] [passSeconds=60]
 */
async function main(): Promise<void> {
  const [seconds = 240, changesPerMinute = 6, passSeconds = 60] = process.argv.slice(2).map(Number);
  const admin = new PgClient({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  const name = `simgraph_events_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const databaseUrl = `postgres://postgres@127.0.0.1:5432/${name}`;
  const simulators = await startSimulators({ cards: 2000 });
  const webhookSeen = new Map<string, number[]>();
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id: string; occurredAt: string };
      webhookSeen.set(body.id, [...(webhookSeen.get(body.id) ?? []), Date.now() - Date.parse(body.occurredAt)]);
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/events`;
  const env = { NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, SYNC: 'on', SYNC_PASS_SECONDS: String(passSeconds), WEBHOOKS_ALLOW_PRIVATE_URLS: 'on' };
  const gateways: SimGraph[] = [];
  for (let i = 0; i < 2; i += 1) gateways.push(await startSimGraph(parseConfig(env), pino({ level: 'silent' }), { simulators, upstreams: { log: pino({ level: 'silent' }) } }));
  const gql = async (gateway: SimGraph, query: string, variables: Record<string, unknown> = {}) =>
    (await (await fetch(gateway.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  const first = gateways[0] as SimGraph;
  const filled = Date.now() + 60_000;
  while ((((await gql(first, '{ fleetSummary { total } }')).data?.['fleetSummary'] as { total: number } | null)?.total ?? 0) === 0 && Date.now() < filled) await new Promise((r) => setTimeout(r, 200));
  await gql(first, 'mutation ($url: String!) { createWebhook(input: { url: $url, events: [STATUS_CHANGED] }) { webhook { id } } }', { url: receiverUrl });

  const subscriberSeen = gateways.map(() => new Map<string, number[]>());
  const clients = gateways.map((gateway, index) => {
    const client = createClient({ url: gateway.gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    client.subscribe<{ cardEvents: { id: string; occurredAt: string } }>(
      { query: 'subscription { cardEvents(filter: { types: [STATUS_CHANGED] }) { id occurredAt } }' },
      {
        next: (result) => {
          const event = result.data?.cardEvents;
          if (!event) return;
          const seen = subscriberSeen[index] as Map<string, number[]>;
          seen.set(event.id, [...(seen.get(event.id) ?? []), Date.now() - Date.parse(event.occurredAt)]);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return client;
  });
  await new Promise((r) => setTimeout(r, 1000));
  await fetch(`${simulators.shingsou.baseUrl}/__sim/knobs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ carrierChangesPerMinute: changesPerMinute }) });
  await new Promise((r) => setTimeout(r, seconds * 1000));
  await fetch(`${simulators.shingsou.baseUrl}/__sim/knobs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ carrierChangesPerMinute: 0 }) });
  // The last changes reach everyone within a pass and a delivery.
  await new Promise((r) => setTimeout(r, (passSeconds + 10) * 1000));

  const stats = (map: Map<string, number[]>) => {
    const firsts = [...map.values()].map((list) => list[0] as number).sort((a, b) => a - b);
    const at = (q: number) => firsts[Math.min(firsts.length - 1, Math.floor(q * firsts.length))] ?? NaN;
    const copies = [...map.values()].map((list) => list.length);
    return { events: map.size, p50s: +(at(0.5) / 1000).toFixed(1), maxS: +((firsts.at(-1) ?? NaN) / 1000).toFixed(1), maxCopies: Math.max(0, ...copies) };
  };
  const history = (await gql(first, '{ cardEvents(filter: { types: [STATUS_CHANGED] }, first: 250) { edges { node { id } } } }')).data?.['cardEvents'] as { edges: unknown[] };
  process.stdout.write(
    JSON.stringify({ seconds, changesPerMinute, passSeconds, eventsInHistory: history.edges.length, webhook: stats(webhookSeen), subscriberA: stats(subscriberSeen[0] as Map<string, number[]>), subscriberB: stats(subscriberSeen[1] as Map<string, number[]>) }) + '\n',
  );
  for (const client of clients) await client.dispose();
  for (const gateway of gateways) await gateway.close();
  await simulators.close();
  receiver.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

main().catch((error: unknown) => {
  process.stderr.write(`event-latency failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
