import 'reflect-metadata';
import { Agent, request } from 'undici';
import { startSimulators } from '../src/simulators';

/**
 * CPU per upstream call: undici `request` over a keep-alive Agent against global `fetch`, the
 * same cheap GET (`/__sim/stats`) to a simulator in this same process. Each row is client plus
 * server CPU; the server's share is the same in both, so the difference is the clients'.
 *
 * Run: npx ts-node --transpile-only bench/http-client-cpu.ts [calls]
 */
async function main(): Promise<void> {
  const calls = Number(process.argv[2] ?? 5000);
  const sims = await startSimulators({ cards: 100 });
  const url = `${sims.shingsou.baseUrl}/__sim/stats`;
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 8 });

  const clients: Record<string, () => Promise<void>> = {
    'undici.request': async () => {
      const response = await request(url, { dispatcher: agent });
      await response.body.text();
    },
    'global fetch': async () => {
      const response = await fetch(url);
      await response.text();
    },
  };

  for (let round = 0; round < 2; round += 1) {
    for (const [name, call] of Object.entries(clients)) {
      for (let i = 0; i < 500; i += 1) await call(); // warm-up
      const cpu = process.cpuUsage();
      const started = process.hrtime.bigint();
      for (let i = 0; i < calls; i += 1) await call();
      const used = process.cpuUsage(cpu);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (round === 1) {
        const perCallUs = (used.user + used.system) / calls;
        console.log(`${name.padEnd(16)} ${perCallUs.toFixed(1)} µs CPU/call (client + in-process server), ${(wallMs / calls).toFixed(3)} ms wall/call`);
      }
    }
  }
  await agent.close();
  await sims.close();
}

void main();
