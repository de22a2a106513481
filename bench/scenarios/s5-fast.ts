import { execFile } from 'node:child_process';
import path from 'node:path';
import { startTestRedis } from '../../test/support/redis-server';
import { gqlStep, type StreamResult } from '../lib/load';
import { BUILD, ROOT } from '../lib/proc';
import { gql, resetStats, simStats, startGateway, startSims } from '../lib/servers';
import { aliasQuery } from './s1-calls';
import { gatewayRequests, pickCards, saturate } from './s3-overhead';

/**
 * "Make it fast": each known cost of the stack measured on SimGraph, switched on in
 * `bench/variants/gateway.ts` (the production composition plus one flag), against the
 * production composition from the same build. Closed-loop throughput and gateway CPU per
 * request for a single-card query and a 20-card page (~4 KB); call counts for the awaited
 * Redis read; the HTTP client micro-benchmark (`bench/http-client-cpu.ts`).
 */

export const VARIANTS: { flag: string; label: string }[] = [
  { flag: '', label: 'production composition (cache-control off, no global middleware, undici)' },
  { flag: '--cache-control', label: "Apollo's cache-control plugin on" },
  { flag: '--global-middleware', label: 'one no-op type-graphql global middleware' },
  { flag: '--fetch', label: 'upstream calls through global fetch' },
];

export interface VariantRun {
  flag: string;
  label: string;
  single: { result: StreamResult; cpuUsPerRequest: number };
  list20: { result: StreamResult; cpuUsPerRequest: number; responseBytes: number };
}

export interface FastResult {
  variants: VariantRun[];
  awaitedRead: { query: string; production: number; awaitedRedis: number };
  httpClientCpu: string[];
}

export interface FastOptions {
  saturationSec: number;
  concurrency: number;
}

async function runVariant(flag: string, label: string, options: FastOptions): Promise<VariantRun> {
  const sims = await startSims();
  const gateway = await startGateway(sims, { variant: flag ? [flag] : [], name: `variant ${flag || 'production'}` });
  try {
    const iccids = await pickCards(sims, 50);
    const single = gatewayRequests(gateway, iccids);
    const listQuery = `{ cards(first: 20) { edges { node { iccid msisdn imsi carrier { code name } status { state rawCode rawLabel source checkedAt } } } } }`;
    const list = [[gqlStep(gateway.url, listQuery)]];
    const responseBytes = JSON.stringify(await gql(gateway.url, listQuery)).length;
    await saturate(gateway, single, { ...options, saturationSec: 2, phaseSec: 0, warmupSec: 0 }); // warm-up: JIT, tokens, sockets
    const s = await saturate(gateway, single, { ...options, phaseSec: 0, warmupSec: 0 });
    const l = await saturate(gateway, list, { ...options, phaseSec: 0, warmupSec: 0 });
    return { flag, label, single: s, list20: { ...l, responseBytes } };
  } finally {
    await Promise.all([gateway.child.stop(), sims.child.stop()]);
  }
}

/** flowcard-get calls for 100 `card(iccid:)` aliases, with and without an awaited Redis read first. */
async function awaitedRead(): Promise<FastResult['awaitedRead']> {
  const counts: number[] = [];
  for (const flag of ['', '--await-redis']) {
    const redis = flag ? await startTestRedis() : undefined;
    const sims = await startSims();
    const gateway = await startGateway(sims, { variant: flag ? [flag] : [], ...(redis ? { env: { AWAIT_REDIS_URL: redis.url } } : {}) });
    try {
      const query = aliasQuery(sims.cards.slice(0, 100).map((c) => c.iccid), 'iccid');
      await gql(gateway.url, aliasQuery([sims.cards[0]!.iccid], 'iccid'));
      await resetStats(sims);
      await gql(gateway.url, query);
      counts.push((await simStats(sims, 'shingsou')).routes['flowcard-get']?.calls ?? 0);
    } finally {
      await Promise.all([gateway.child.stop(), sims.child.stop()]);
      await redis?.close();
    }
  }
  return { query: '100 card(iccid:) aliases, iccid only', production: counts[0]!, awaitedRedis: counts[1]! };
}

function httpClientCpu(): Promise<string[]> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(BUILD, 'http-client-cpu.js'), '5000'], { cwd: ROOT, timeout: 120_000 }, (error, stdout) => {
      resolve(error ? [`failed: ${error.message}`] : stdout.trim().split('\n'));
    });
  });
}

export async function runFastScenario(options: FastOptions): Promise<FastResult> {
  const variants: VariantRun[] = [];
  for (const { flag, label } of VARIANTS) variants.push(await runVariant(flag, label, options));
  return { variants, awaitedRead: await awaitedRead(), httpClientCpu: await httpClientCpu() };
}
