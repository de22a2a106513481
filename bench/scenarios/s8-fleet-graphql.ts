import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { startSimGraph } from '../../src/app';
import { parseConfig } from '../../src/config';
import { pointAtSimulators } from '../../src/demo';
import { createFleetStore } from '../../src/fleet-store/create-fleet-store';
import type { FleetStore } from '../../src/fleet-store/fleet-store';
import { startSimulators, type RunningSimulators } from '../../src/simulators';
import { createUpstreams } from '../../src/upstreams';
import { DEFAULT_POSTGRES_SERVER, withScratchDatabase } from '../lib/scratch-database';
import { seedFleetStore, type FleetSeedResult } from '../lib/seed-fleet-store';
import { timeSequentially } from '../lib/sequential-runs';
import { API_KEY, gql, resetStats, simStats, type GraphQLAnswer, type SimOrigins, type Upstream } from '../lib/servers';
import { settleFleetStore } from '../lib/settle-fleet-store';
import type { Summary } from '../lib/stats';

/**
 * The fleet index through GraphQL over HTTP (issue 14 §5): the simulators with `cards` cards, the
 * store (PostgreSQL, then in-memory PGlite) filled from them through the upstream clients as the
 * sync reads them (`bench/lib/seed-fleet-store.ts`), and SimGraph composed by `startSimGraph` over
 * both, in this process. Timed one request at a time (p50/p99 over `runs`, after a warm-up): the
 * dashboard's suspended cards by usage, the whole-fleet summary, and a 250-card page with status
 * and usage at maxAge 3600, asked by ICCID (`cardsByIds`) and from the index (`fleet`), whose
 * upstream calls are counted by the simulators (`GET /__sim/stats`).
 *
 *   npx ts-node --transpile-only bench/scenarios/s8-fleet-graphql.ts [cards] [runs]
 */

export interface FleetGraphqlOptions {
  cards: number;
  runs: number;
  /** Upstream calls in flight while seeding usage; default 16. */
  seedConcurrency?: number;
  /** The PostgreSQL server (trust auth); default `postgres://postgres@127.0.0.1:5432`. */
  postgresServer?: string;
}

/** Calls per route id, token fetches apart. */
export interface UpstreamCount {
  routes: Record<string, number>;
  tokenCalls: Record<Upstream, number>;
}

export interface FleetGraphqlQuery {
  name: string;
  /** As sent (the 250 ICCIDs of `cardsByIds` left out). */
  query: string;
  ms: Summary;
  /** What the last answer held: edges of a page, cards of `cardsByIds`, `byState` entries of the summary. */
  items: number;
  /** `totalCount` of a page, `total` of the summary. */
  totalCount?: number;
  /** The 250-card pages: the first request (the gateway's first upstream call fetches its tokens), and one after the timed runs. */
  upstream?: { first: UpstreamCount; warm: UpstreamCount };
}

export interface FleetGraphqlResult {
  cards: number;
  runs: number;
  simulatorsStartSeconds: number;
  backends: { backend: 'postgres' | 'pglite'; seed: FleetSeedResult; settleSeconds: number; queries: FleetGraphqlQuery[] }[];
}

const SUSPENDED_BY_USAGE =
  '{ fleet(filter: { states: [SUSPENDED] }, orderBy: { field: USAGE_PERCENT, direction: DESC }, first: 50) { edges { cursor syncedAt usagePercent node { iccid msisdn carrier { code } } } totalCount oldestSyncedAt } }';
const SUMMARY = '{ fleetSummary { total byState { state count } byCarrier { carrier count } atOrAbove80Percent atOrAbove100Percent usedKBThisMonth oldestSyncedAt } }';
const FLEET_PAGE_250 = '{ fleet(first: 250) { edges { node { iccid status(maxAge: 3600) { state } usage(maxAge: 3600) { usedKB } } } } }';
const cardsByIds = (ids: string) => `{ cardsByIds(ids: ${ids}) { iccid status(maxAge: 3600) { state checkedAt } usage(maxAge: 3600) { usedKB quotaKB asOf } } }`;

/**
 * The gateway's environment: NODE_ENV=test with the simulators given (demo mode's own pair never
 * starts), no sync (the store holds exactly what the seed wrote), and an API key, so requests take
 * the production path of key lookup and rate limits. The limits are counted but high enough never
 * to refuse: demand control estimates a 250-card page at about 750 upstream calls (no stored
 * reading is known before the store answers, `src/schema/cost/field-costs.ts`), so 100 of them
 * would spend the default 20,000 a minute.
 */
const GATEWAY_ENV = {
  NODE_ENV: 'test',
  PORT: '0',
  LOG_LEVEL: 'silent',
  SYNC: 'off',
  API_KEYS: `${API_KEY}=iot.cardservice.all`,
  RATE_LIMIT_REQUESTS_PER_MINUTE: '10000000',
  RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '100000000',
};

const silent = pino({ level: 'silent' });
const log = (line: string) => process.stdout.write(`s8 graphql: ${line}\n`);

async function ask(url: string, query: string): Promise<Record<string, unknown>> {
  const answer: GraphQLAnswer = await gql(url, query);
  if (answer.errors?.length || !answer.data) throw new Error(`errors from ${query.slice(0, 60)}...: ${JSON.stringify(answer.errors).slice(0, 500)}`);
  return answer.data as Record<string, unknown>;
}

async function countCalls(sims: SimOrigins): Promise<UpstreamCount> {
  const count: UpstreamCount = { routes: {}, tokenCalls: { shingsou: 0, cmiot: 0 } };
  for (const upstream of ['shingsou', 'cmiot'] as const) {
    const stats = await simStats(sims, upstream);
    count.tokenCalls[upstream] = stats.tokenCalls;
    for (const [route, { calls }] of Object.entries(stats.routes)) {
      // Token routes are counted in tokenCalls (`src/simulators/README.md`).
      if (route !== 'token' && route !== 'v5/get/token') count.routes[`${upstream}:${route}`] = calls;
    }
  }
  return count;
}

/** The calls one request makes: stats zeroed before it (`POST /__sim/reset` zeroes counters only; the fleet stays). */
async function callsOf(sims: SimOrigins, url: string, query: string): Promise<UpstreamCount> {
  await resetStats(sims);
  await ask(url, query);
  return countCalls(sims);
}

async function seedStore(sims: RunningSimulators, store: FleetStore, concurrency: number): Promise<FleetSeedResult> {
  // The seed's own upstream clients (and tokens): the gateway starts after it with its own.
  const config = pointAtSimulators(parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', UPSTREAM_CONCURRENCY: String(concurrency) }), sims);
  const upstreams = createUpstreams(config, { log: silent });
  try {
    return await seedFleetStore(store, upstreams, { concurrency, onProgress: log });
  } finally {
    await upstreams.close();
  }
}

async function measure(sims: RunningSimulators, store: FleetStore, runs: number): Promise<FleetGraphqlQuery[]> {
  const app = await startSimGraph(parseConfig(GATEWAY_ENV), silent, { simulators: sims, fleetStore: store });
  const url = app.gateway.url;
  try {
    const queries: FleetGraphqlQuery[] = [];
    const suspended = await timeSequentially(runs, () => ask(url, SUSPENDED_BY_USAGE));
    const page = suspended.last['fleet'] as { edges: unknown[]; totalCount: number };
    queries.push({ name: 'fleet SUSPENDED by USAGE_PERCENT DESC, first 50', query: SUSPENDED_BY_USAGE, ms: suspended.ms, items: page.edges.length, totalCount: page.totalCount });
    const summary = await timeSequentially(runs, () => ask(url, SUMMARY));
    const totals = summary.last['fleetSummary'] as { total: number; byState: unknown[] };
    queries.push({ name: 'fleetSummary (no filter)', query: SUMMARY, ms: summary.ms, items: totals.byState.length, totalCount: totals.total });

    // The dashboard's 250 cards: the first page of the index (ICCID order), the cards fleet(first: 250) returns.
    const ids = (await store.page({ filter: {}, order: { field: 'ICCID', direction: 'ASC' }, first: 250 })).rows.map((row) => row.card.iccid);
    for (const [name, query, shown, field] of [
      ['cardsByIds(250 ICCIDs), status/usage maxAge 3600', cardsByIds(JSON.stringify(ids)), cardsByIds('[<250 ICCIDs>]'), 'cardsByIds'],
      ['fleet(first: 250), status/usage maxAge 3600', FLEET_PAGE_250, FLEET_PAGE_250, 'fleet'],
    ] as const) {
      const first = await callsOf(sims, url, query);
      const timed = await timeSequentially(runs, () => ask(url, query));
      const warm = await callsOf(sims, url, query);
      const answer = timed.last[field] as unknown[] | { edges: unknown[] };
      queries.push({ name, query: shown, ms: timed.ms, items: Array.isArray(answer) ? answer.length : answer.edges.length, upstream: { first, warm } });
    }
    return queries;
  } finally {
    await app.close();
  }
}

export async function runFleetGraphqlScenario(options: FleetGraphqlOptions): Promise<FleetGraphqlResult> {
  let started = performance.now();
  const sims = await startSimulators({ cards: options.cards });
  const result: FleetGraphqlResult = { cards: options.cards, runs: options.runs, simulatorsStartSeconds: Math.round((performance.now() - started) / 100) / 10, backends: [] };
  try {
    await withScratchDatabase(options.postgresServer ?? DEFAULT_POSTGRES_SERVER, async (postgresUrl) => {
      for (const backend of ['postgres', 'pglite'] as const) {
        const url = backend === 'postgres' ? postgresUrl : undefined;
        const store = await createFleetStore(url ? { kind: 'postgres', url } : { kind: 'memory' });
        try {
          log(`seeding ${backend} from the simulators' ${options.cards} cards...`);
          const seed = await seedStore(sims, store, options.seedConcurrency ?? 16);
          started = performance.now();
          await settleFleetStore(url, store);
          const settleSeconds = Math.round((performance.now() - started) / 100) / 10;
          log(`${backend} seeded in ${seed.seconds} s (inventory ${seed.inventory.seconds} s, usage ${seed.usage.seconds} s); timing ${options.runs} runs a query`);
          result.backends.push({ backend, seed, settleSeconds, queries: await measure(sims, store, options.runs) });
        } finally {
          await store.close();
        }
      }
    });
  } finally {
    await sims.close();
  }
  return result;
}

const routesText = (count: UpstreamCount) =>
  `${Object.entries(count.routes).map(([route, calls]) => `${route} ${calls}`).join(', ') || 'none'} (tokens: Shingsou ${count.tokenCalls.shingsou}, CMIOT ${count.tokenCalls.cmiot})`;

if (require.main === module) {
  const [cards, runs] = process.argv.slice(2).map(Number);
  runFleetGraphqlScenario({ cards: cards || 200_000, runs: runs || 100 })
    .then((result) => {
      for (const backend of result.backends) {
        const { seed } = backend;
        process.stdout.write(
          `\n${backend.backend} (${seed.cards} cards; inventory ${seed.inventory.pages} pages in ${seed.inventory.seconds} s = ${seed.inventory.callsPerSec} calls/s; usage ${seed.usage.cmiotBatches} CMIOT batches + ${seed.usage.shingsouCalls} flowcard-data in ${seed.usage.seconds} s, ${seed.usage.unread} unread; settle ${backend.settleSeconds} s)\n`,
        );
        for (const q of backend.queries) {
          process.stdout.write(`  ${q.name}: p50 ${q.ms.p50} ms, p99 ${q.ms.p99} ms (${q.items} items${q.totalCount === undefined ? '' : `, total ${q.totalCount}`})\n`);
          if (q.upstream) process.stdout.write(`    first request: ${routesText(q.upstream.first)}; warm: ${routesText(q.upstream.warm)}\n`);
        }
      }
    })
    .catch((error: unknown) => {
      process.stderr.write(`s8 graphql failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
