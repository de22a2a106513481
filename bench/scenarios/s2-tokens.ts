import { performance } from 'node:perf_hooks';
import { startTestRedis, type TestRedis } from '../../test/support/redis-server';
import { gqlStep, runLoad, type LoadResult, type Step } from '../lib/load';
import { sleep } from '../lib/proc';
import { setKnobs, simStats, startGateway, startSims, type Gateway, type Sims } from '../lib/servers';

/**
 * Scenario 2: token requests under concurrency. (a) 500 concurrent requests at a cold start,
 * against one gateway process (in-memory token store) and against four sharing Redis; (b) a
 * token lifetime of a few seconds over a stretch of steady traffic, same two topologies. Each
 * run gets fresh simulators, so their `tokenCalls` count this run only, and the shared-Redis runs
 * a `redis-server` of their own on a free port (never a Redis the machine runs), empty.
 */

/** A key for the gateways' token encryption: production refuses `KEYV_URL` without one. */
const TOKEN_ENCRYPTION_KEY = 'bench-token-encryption-key-0123456789';

export interface TokenTimeline {
  /** ms since traffic started, one entry per token request seen (100 ms polling). */
  at: number[];
}

export interface TokenRun {
  kind: 'cold-burst' | 'short-lifetime';
  processes: number;
  store: 'memory' | 'redis';
  requests: number;
  tokenLifetimeSec: number;
  durationSec: number;
  /** Token endpoint requests per upstream. */
  tokenCalls: { shingsou: number; cmiot: number };
  /** Expiry windows the traffic spanned: 1 for a cold burst. */
  windows: number;
  perWindow: { shingsou: number; cmiot: number };
  /** Smallest gap between two token requests, ms (a stampede shows as ~0). */
  minGapMs: { shingsou: number | null; cmiot: number | null };
  timeline: { shingsou: number[]; cmiot: number[] };
  load: LoadResult;
}

function singleCardRequests(sims: Sims, gateways: Gateway[], count: number): Step[][][] {
  // Alternate China Mobile (CMIOT status) and other cards (Shingsou status): both tokens needed.
  const mobile = sims.cards.filter((c) => c.carrier === 'CHINA_MOBILE');
  const other = sims.cards.filter((c) => c.carrier !== 'CHINA_MOBILE');
  return gateways.map((gateway, g) =>
    Array.from({ length: count }, (_, i) => {
      const card = (i + g) % 2 === 0 ? mobile[i % mobile.length]! : other[i % other.length]!;
      return [gqlStep(gateway.url, `{ card(iccid: "${card.iccid}") { iccid status { state } } }`)];
    }),
  );
}

interface Topology {
  sims: Sims;
  gateways: Gateway[];
  redis: TestRedis | undefined;
}

async function startTopology(processes: number): Promise<Topology> {
  const redis = processes > 1 ? await startTestRedis() : undefined;
  const sims = await startSims();
  const env: Record<string, string> = redis ? { KEYV_URL: redis.url, TOKEN_ENCRYPTION_KEY } : {};
  const gateways = await Promise.all(Array.from({ length: processes }, (_, i) => startGateway(sims, { env, name: `gateway-${i}` })));
  return { sims, gateways, redis };
}

async function stopTopology({ sims, gateways, redis }: Topology): Promise<void> {
  await Promise.all([...gateways.map((g) => g.child.stop()), sims.child.stop()]);
  await redis?.close();
}

/** Polls both simulators' `tokenCalls` every 100 ms and notes when each one grew. */
function watchTokens(sims: Sims): { stop(): Promise<{ shingsou: number[]; cmiot: number[] }> } {
  const started = performance.now();
  const seen = { shingsou: 0, cmiot: 0 };
  const timeline = { shingsou: [] as number[], cmiot: [] as number[] };
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const upstream of ['shingsou', 'cmiot'] as const) {
        const now = (await simStats(sims, upstream)).tokenCalls;
        for (; seen[upstream] < now; seen[upstream] += 1) timeline[upstream].push(Math.round(performance.now() - started));
      }
      await sleep(100);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return timeline;
    },
  };
}

function minGap(times: number[]): number | null {
  let min: number | null = null;
  for (let i = 1; i < times.length; i += 1) min = Math.min(min ?? Infinity, times[i]! - times[i - 1]!);
  return min;
}

async function run(kind: TokenRun['kind'], processes: number, options: { lifetimeSec: number; durationSec: number; rate: number }): Promise<TokenRun> {
  const topology = await startTopology(processes);
  try {
    const { sims, gateways } = topology;
    if (kind === 'short-lifetime') {
      await Promise.all((['shingsou', 'cmiot'] as const).map((u) => setKnobs(sims, u, { tokenLifetimeSec: options.lifetimeSec })));
    }
    const watch = watchTokens(sims);
    const perGateway = kind === 'cold-burst' ? Math.ceil(500 / processes) : Math.ceil(options.rate * options.durationSec);
    const requests = singleCardRequests(sims, gateways, perGateway);
    const load = await runLoad(
      kind === 'cold-burst'
        ? { mode: 'burst', durationSec: 1, connections: 600, streams: requests.map((r, i) => ({ name: `gateway-${i}`, requests: r })) }
        : {
            mode: 'open',
            durationSec: options.durationSec,
            streams: requests.map((r, i) => ({ name: `gateway-${i}`, rate: options.rate / processes, requests: r })),
          },
    );
    await sleep(300);
    const timeline = await watch.stop();
    const tokenCalls = { shingsou: timeline.shingsou.length, cmiot: timeline.cmiot.length };
    // A token is refreshed `min(300 s, 10 %)` before it expires (src/upstreams/tokens.ts).
    const period = options.lifetimeSec * 0.9;
    const windows = kind === 'cold-burst' ? 1 : 1 + Math.floor(options.durationSec / period);
    return {
      kind,
      processes,
      store: processes > 1 ? 'redis' : 'memory',
      requests: load.streams.reduce((a, s) => a + s.sent, 0),
      tokenLifetimeSec: kind === 'cold-burst' ? 3600 : options.lifetimeSec,
      durationSec: kind === 'cold-burst' ? 0 : options.durationSec,
      tokenCalls,
      windows,
      perWindow: { shingsou: round(tokenCalls.shingsou / windows), cmiot: round(tokenCalls.cmiot / windows) },
      minGapMs: { shingsou: minGap(timeline.shingsou), cmiot: minGap(timeline.cmiot) },
      timeline,
      load,
    };
  } finally {
    await stopTopology(topology);
  }
}

export async function runTokenScenario(options: { durationSec: number; lifetimeSec: number; rate: number }): Promise<TokenRun[]> {
  const runs: TokenRun[] = [];
  for (const processes of [1, 4]) runs.push(await run('cold-burst', processes, options));
  for (const processes of [1, 4]) runs.push(await run('short-lifetime', processes, options));
  return runs;
}

const round = (v: number) => Math.round(v * 100) / 100;
