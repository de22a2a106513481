import { performance } from 'node:perf_hooks';
import { currentShanghaiMonth, formatShanghaiIso, type CardState, type KnownCarrier } from '../../src/domain';
import { createFleetStore } from '../../src/fleet-store/create-fleet-store';
import type { FleetInventoryRow, FleetPageQuery, FleetStatusReading, FleetStore, FleetUsageReading } from '../../src/fleet-store/fleet-store';
import { DEFAULT_POSTGRES_SERVER, withScratchDatabase } from '../lib/scratch-database';
import { timeSequentially } from '../lib/sequential-runs';
import { settleFleetStore } from '../lib/settle-fleet-store';
import type { Summary } from '../lib/stats';

/**
 * The fleet index at scale (issue 14 §5): 200,000 cards seeded into PostgreSQL (a database of its
 * own on 127.0.0.1:5432, dropped after) and into an in-memory PGlite, then the dashboard's queries
 * timed one after another (p50/p99 over `runs`, after a warm-up): one state by usage percent, the
 * whole-fleet summary, and the other filters and orders a dashboard uses.
 *
 *   npx ts-node --transpile-only bench/scenarios/s8-fleet-index.ts [cards] [runs]
 */

export interface FleetIndexOptions {
  cards: number;
  runs: number;
  /** The PostgreSQL server (trust auth); default `postgres://postgres@127.0.0.1:5432`. */
  postgresServer?: string;
}

export interface FleetIndexResult {
  cards: number;
  backends: { backend: 'postgres' | 'pglite'; seedSeconds: number; queries: { name: string; ms: Summary; rows: number; totalCount?: number }[] }[];
}

const CARRIERS: KnownCarrier[] = ['CHINA_MOBILE', 'CHINA_UNICOM', 'CHINA_TELECOM'];
const PREFIX: Record<KnownCarrier, string> = { CHINA_MOBILE: '898604', CHINA_UNICOM: '898606', CHINA_TELECOM: '898611' };
/** A fleet's usual mix: mostly active, a tenth suspended. */
const STATE_MIX: [CardState, number][] = [
  ['ACTIVE', 0.7],
  ['SUSPENDED', 0.1],
  ['ACTIVATION_READY', 0.1],
  ['INVENTORY', 0.04],
  ['PRE_TERMINATION', 0.03],
  ['TERMINATED', 0.03],
];

function stateOf(x: number): CardState {
  let acc = 0;
  for (const [state, share] of STATE_MIX) {
    acc += share;
    if (x < acc) return state;
  }
  return 'ACTIVE';
}

/** Deterministic: a linear congruential stream, so both backends hold the same fleet. */
function* seededFleet(cards: number, chunk: number): Generator<{ inventory: FleetInventoryRow[]; statuses: FleetStatusReading[]; usages: FleetUsageReading[] }> {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const month = currentShanghaiMonth();
  const now = Date.now();
  for (let start = 0; start < cards; start += chunk) {
    const inventory: FleetInventoryRow[] = [];
    const statuses: FleetStatusReading[] = [];
    const usages: FleetUsageReading[] = [];
    for (let i = start; i < Math.min(cards, start + chunk); i += 1) {
      const carrier = CARRIERS[i % 3] as KnownCarrier;
      const iccid = `${PREFIX[carrier]}${String(Math.floor(random() * 1e5)).padStart(5, '0')}${String(i).padStart(9, '0')}`;
      const syncedAt = new Date(now - Math.floor(random() * 3_600_000));
      inventory.push({
        card: {
          iccid,
          msisdn: `1440${String(i).padStart(9, '0')}`,
          imsi: `46004${String(i).padStart(10, '0')}`,
          carrier,
          inventory: {
            type: { id: 1 + (i % 5), name: `type ${1 + (i % 5)}` },
            category: { id: 10 + (i % 3), name: `category ${10 + (i % 3)}` },
            tags: random() < 0.2 ? ['vip'] : random() < 0.5 ? ['fleet-a'] : [],
            remark: null,
            packageName: '月清零 3GB',
            openedAt: formatShanghaiIso(now - 400 * 86_400_000),
            activatedAt: formatShanghaiIso(now - 300 * 86_400_000),
            expiresAt: random() < 0.1 ? null : formatShanghaiIso(now + Math.floor(random() * 365) * 86_400_000),
            realName: random() < 0.9,
          },
        },
        status: null,
      });
      statuses.push({
        iccid,
        syncedAt,
        status: { state: stateOf(random()), raw: { source: 'SHINGSOU', carrier, code: '1', label: '' }, checkedAt: formatShanghaiIso(now - Math.floor(random() * 90) * 86_400_000) },
      });
      const quotaKb = random() < 0.05 ? null : 3 * 1_048_576;
      const usedKb = Math.floor(random() * random() * 4 * 1_048_576);
      usages.push({ iccid, syncedAt, usage: { month, usedKb, quotaKb, remainingKb: quotaKb === null ? null : Math.max(0, quotaKb - usedKb), asOf: formatShanghaiIso(now), source: 'SHINGSOU' } });
    }
    yield { inventory, statuses, usages };
  }
}

async function seed(store: FleetStore, cards: number): Promise<number> {
  const started = performance.now();
  const syncedAt = new Date();
  for (const { inventory, statuses, usages } of seededFleet(cards, 5000)) {
    await store.upsertInventory(inventory, syncedAt);
    await store.upsertStatuses(statuses);
    await store.upsertUsages(usages);
  }
  return Math.round((performance.now() - started) / 100) / 10;
}

const PAGE_QUERIES: { name: string; query: FleetPageQuery }[] = [
  { name: 'page SUSPENDED by USAGE_PERCENT DESC, first 50', query: { filter: { states: ['SUSPENDED'] }, order: { field: 'USAGE_PERCENT', direction: 'DESC' }, first: 50 } },
  { name: 'page all by USAGE_PERCENT DESC, first 50', query: { filter: {}, order: { field: 'USAGE_PERCENT', direction: 'DESC' }, first: 50 } },
  { name: 'page usagePercentAtLeast 80 by USED_KB DESC, first 50', query: { filter: { usagePercentAtLeast: 80 }, order: { field: 'USED_KB', direction: 'DESC' }, first: 50 } },
  { name: 'page expiresBefore +30 d by EXPIRES_AT ASC, first 50', query: { filter: { expiresBefore: new Date(Date.now() + 30 * 86_400_000) }, order: { field: 'EXPIRES_AT', direction: 'ASC' }, first: 50 } },
  { name: 'page SUSPENDED+PRE_TERMINATION by STATE_CHANGED_AT DESC, first 50', query: { filter: { states: ['SUSPENDED', 'PRE_TERMINATION'] }, order: { field: 'STATE_CHANGED_AT', direction: 'DESC' }, first: 50 } },
  { name: 'page keyword "0001234" by ICCID ASC, first 50', query: { filter: { keyword: '0001234' }, order: { field: 'ICCID', direction: 'ASC' }, first: 50 } },
  { name: 'page tags [vip] CHINA_MOBILE by USAGE_PERCENT DESC, first 50', query: { filter: { tags: ['vip'], carriers: ['CHINA_MOBILE'] }, order: { field: 'USAGE_PERCENT', direction: 'DESC' }, first: 50 } },
];

async function measure(store: FleetStore, runs: number) {
  const queries: FleetIndexResult['backends'][number]['queries'] = [];
  for (const { name, query } of PAGE_QUERIES) {
    const { ms, last } = await timeSequentially(runs, () => store.page(query));
    queries.push({ name, ms, rows: last.rows.length, totalCount: last.totalCount });
  }
  // A page deep in the fleet: the cursor of the 50th page of the first query.
  let after: string | undefined;
  const first = PAGE_QUERIES[0]!.query;
  for (let i = 0; i < 49; i += 1) after = (await store.page({ ...first, ...(after ? { after } : {}) })).cursors.at(-1);
  const deep = await timeSequentially(runs, () => store.page({ ...first, ...(after ? { after } : {}) }));
  queries.push({ name: 'page SUSPENDED by USAGE_PERCENT DESC, 50th page (cursor)', ms: deep.ms, rows: deep.last.rows.length, totalCount: deep.last.totalCount });
  const summary = await timeSequentially(runs, () => store.summary({}));
  queries.push({ name: 'summary({})', ms: summary.ms, rows: summary.last.byState.length, totalCount: summary.last.total });
  const suspended = await timeSequentially(runs, () => store.summary({ states: ['SUSPENDED'] }));
  queries.push({ name: 'summary({states:[SUSPENDED]})', ms: suspended.ms, rows: suspended.last.byState.length, totalCount: suspended.last.total });
  const ids = (await store.page({ filter: {}, order: { field: 'ICCID', direction: 'ASC' }, first: 250 })).rows.map((row) => row.card.iccid);
  const rows = await timeSequentially(runs, () => store.rows(ids));
  queries.push({ name: 'rows(250 ICCIDs) (Card.status/usage maxAge reads)', ms: rows.ms, rows: rows.last.size });
  return queries;
}

export async function runFleetIndexScenario(options: FleetIndexOptions): Promise<FleetIndexResult> {
  const result: FleetIndexResult = { cards: options.cards, backends: [] };
  await withScratchDatabase(options.postgresServer ?? DEFAULT_POSTGRES_SERVER, async (postgresUrl) => {
    for (const backend of ['postgres', 'pglite'] as const) {
      const url = backend === 'postgres' ? postgresUrl : undefined;
      const store = await createFleetStore(url ? { kind: 'postgres', url } : { kind: 'memory' });
      try {
        process.stdout.write(`s8: seeding ${options.cards} cards into ${backend}...\n`);
        const seedSeconds = await seed(store, options.cards);
        await settleFleetStore(url, store);
        process.stdout.write(`s8: ${backend} seeded in ${seedSeconds} s; timing ${options.runs} runs a query\n`);
        result.backends.push({ backend, seedSeconds, queries: await measure(store, options.runs) });
      } finally {
        await store.close();
      }
    }
  });
  return result;
}

if (require.main === module) {
  const [cards, runs] = process.argv.slice(2).map(Number);
  runFleetIndexScenario({ cards: cards || 200_000, runs: runs || 100 })
    .then((result) => {
      for (const backend of result.backends) {
        process.stdout.write(`\n${backend.backend} (${result.cards} cards, seeded in ${backend.seedSeconds} s)\n`);
        for (const q of backend.queries) process.stdout.write(`  ${q.name}: p50 ${q.ms.p50} ms, p99 ${q.ms.p99} ms (${q.rows} rows${q.totalCount === undefined ? '' : `, total ${q.totalCount}`})\n`);
      }
    })
    .catch((error: unknown) => {
      process.stderr.write(`s8 failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
