import pino from 'pino';
import { parseConfig } from '../src/config';
import { pointAtSimulators } from '../src/demo';
import { createFleetStore } from '../src/fleet-store/create-fleet-store';
import { startFleetSync } from '../src/fleet-sync';
import { startSimulators } from '../src/simulators';
import { createUpstreams } from '../src/upstreams';

/**
 * The fleet sync against the simulators for a fixed time at its default budget (issue 14: "sync
 * throughput against the budget"): upstream calls per route and per minute, cards and usage
 * readings stored, on an in-memory PGlite store.
 *
 *   npx ts-node --transpile-only bench/sync-throughput.ts [cards=200000] [seconds=120] [callsPerMinute=600]
 */
async function main(): Promise<void> {
  const [cards = 200_000, seconds = 120, callsPerMinute = 600] = process.argv.slice(2).map(Number);
  const simulators = await startSimulators({ cards });
  const config = pointAtSimulators(parseConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent' }), simulators);
  const upstreams = createUpstreams(config, { log: pino({ level: 'silent' }) });
  const store = await createFleetStore({ kind: 'memory' });
  const stats = async (upstream: 'shingsou' | 'cmiot') =>
    (await (await fetch(`${simulators[upstream].baseUrl}/__sim/stats`)).json()) as { routes: Record<string, { calls: number }>; tokenCalls: number };
  await fetch(`${simulators.shingsou.baseUrl}/__sim/reset`, { method: 'POST' });
  await fetch(`${simulators.cmiot.baseUrl}/__sim/reset`, { method: 'POST' });
  const started = Date.now();
  const sync = startFleetSync({ store, upstreams, callsPerMinute });
  const perMinute: number[] = [];
  let last = 0;
  const total = async () => {
    let sum = 0;
    for (const upstream of ['shingsou', 'cmiot'] as const) for (const route of Object.values((await stats(upstream)).routes)) sum += route.calls;
    return sum;
  };
  while (Date.now() - started < seconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 60_000 - ((Date.now() - started) % 60_000)));
    const now = await total();
    perMinute.push(now - last);
    last = now;
  }
  await sync.stop();
  const elapsed = (Date.now() - started) / 1000;
  const summary = await store.summary({});
  const routes: Record<string, number> = {};
  for (const upstream of ['shingsou', 'cmiot'] as const) {
    const s = await stats(upstream);
    for (const [route, r] of Object.entries(s.routes)) routes[`${upstream} ${route}`] = r.calls;
    routes[`${upstream} tokens`] = s.tokenCalls;
  }
  process.stdout.write(
    `${cards} cards, budget ${callsPerMinute}/min, ${elapsed.toFixed(0)} s: data calls per minute ${perMinute.join(', ')}; ` +
      `cards in store ${summary.total}; routes ${JSON.stringify(routes)}\n`,
  );
  await store.close();
  await simulators.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`sync-throughput failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
