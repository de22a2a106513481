import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatShanghaiIso } from '../src/domain';
import { createFleetStore } from '../src/fleet-store/create-fleet-store';
import { startDeliveryWorker } from '../src/webhooks/delivery-worker';
import { generateWebhookSecret } from '../src/webhooks/signature';
import { createWebhookAgent } from '../src/webhooks/webhook-agent';

/**
 * The webhook retry schedule as it runs (issue 15's closing figures), not shortened: a receiver
 * that answers 503 to every attempt, one event, the real back-off (10 s doubling, ±20 %). Prints
 * the time of each attempt after the first. In-memory PGlite store; the worker as `app.ts` starts it.
 *
 *   npx ts-node --transpile-only bench/webhook-retries.ts [seconds=160]
 */
async function main(): Promise<void> {
  const [seconds = 160] = process.argv.slice(2).map(Number);
  const attempts: number[] = [];
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      attempts.push(Date.now());
      res.statusCode = 503;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const store = await createFleetStore({ kind: 'memory' });
  const iccid = '89861100000000000001';
  const card = { iccid, msisdn: null, imsi: null, carrier: 'CHINA_TELECOM' as const };
  await store.upsertInventory([{ card, status: null }], new Date());
  await store.createWebhook({ url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, events: ['STATUS_CHANGED'], filter: {}, secret: generateWebhookSecret() });
  const agent = createWebhookAgent({ allowPrivate: true });
  const worker = startDeliveryWorker({ store, agent });
  const reading = (state: 'ACTIVE' | 'SUSPENDED', at: number) => ({
    iccid,
    syncedAt: new Date(at),
    status: { state, raw: { source: 'SHINGSOU' as const, carrier: 'CHINA_TELECOM' as const, code: state, label: state }, checkedAt: formatShanghaiIso(at) },
  });
  await store.upsertStatuses([reading('ACTIVE', Date.now() - 1000)]);
  await store.upsertStatuses([reading('SUSPENDED', Date.now())]);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  await worker.stop();
  const first = attempts[0] ?? NaN;
  const offsets = attempts.map((at) => +((at - first) / 1000).toFixed(1));
  const gaps = offsets.slice(1).map((at, i) => +(at - (offsets[i] as number)).toFixed(1));
  process.stdout.write(`${attempts.length} attempts in ${seconds} s; seconds after the first: ${offsets.join(', ')}; waits: ${gaps.join(', ')}\n`);
  await agent.close();
  await store.close();
  receiver.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`webhook-retries failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
