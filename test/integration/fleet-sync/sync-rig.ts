import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import { parseConfig } from '../../../src/config';
import { pointAtSimulators } from '../../../src/demo';
import type { FleetDatabase } from '../../../src/fleet-store/database';
import type { FleetStore } from '../../../src/fleet-store/fleet-store';
import { KyselyFleetStore } from '../../../src/fleet-store/kysely-fleet-store';
import { migrateToLatest } from '../../../src/fleet-store/migrations';
import { createPgliteDialect } from '../../../src/fleet-store/pglite-dialect';
import { advisoryLease, localLease } from '../../../src/fleet-store/sync-lease';
import { startFleetSync, type FleetSync, type FleetSyncOptions } from '../../../src/fleet-sync';
import { DEMO_ACCOUNT } from '../../../src/simulators/fleet/catalog';
import type { SimCard } from '../../../src/simulators/fleet/types';
import type { RunningSimulators } from '../../../src/simulators';
import { createUpstreams, type Upstreams } from '../../../src/upstreams';
import { dataRoutes, type SimStats } from '../../support/gateway';

/**
 * The sync against the simulators over real HTTP, with a real store (in-memory PGlite, or a
 * database of its own on the machine's PostgreSQL): one upstream layer per "replica", as
 * `app.ts` builds it.
 */
export function upstreamsFor(simulators: RunningSimulators): Upstreams {
  const config = pointAtSimulators(parseConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent' }), simulators);
  return createUpstreams(config, { log: pino({ level: 'silent' }) });
}

export async function openPgliteStore(): Promise<FleetStore> {
  const db = new Kysely<FleetDatabase>({ dialect: createPgliteDialect(new PGlite()) });
  await migrateToLatest(db as Kysely<unknown>);
  return new KyselyFleetStore(db, localLease());
}

const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database of this run on 127.0.0.1:5432 (trust auth); `drop()` removes it. */
export async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `simgraph_sync_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:5432/${name}`,
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function openPgStore(url: string): Promise<FleetStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client the server ends (the database dropped WITH (FORCE) after the test) emits on the
  // pool; without a listener that is an unhandled error for whichever test runs next.
  pool.on('error', () => undefined);
  const db = new Kysely<FleetDatabase>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db as Kysely<unknown>);
  return new KyselyFleetStore(db, advisoryLease(db as Kysely<unknown>));
}

/**
 * A fresh store: PGlite (`SYNC_TEST_STORE=pglite`) or, by default, a database of its own on the
 * machine's PostgreSQL, dropped by `close()`.
 */
export async function openFreshStore(): Promise<FleetStore> {
  if (process.env['SYNC_TEST_STORE'] === 'pglite') return openPgliteStore();
  const database = await createPgDatabase();
  const store = await openPgStore(database.url);
  return Object.assign(Object.create(store) as FleetStore, {
    async close() {
      await store.close().catch(() => undefined);
      await database.drop();
    },
  });
}

export function startSync(store: FleetStore, upstreams: Upstreams, options: Partial<FleetSyncOptions> = {}): FleetSync {
  return startFleetSync({ callsPerMinute: 6000, idleMs: 100, leaseRetryMs: 100, backoffMs: 100, ...options, store, upstreams });
}

/** The cards the demo account's `flowcard-get` lists: the simulator's own view of the inventory. */
export function inventoryOf(simulators: RunningSimulators): SimCard[] {
  return simulators.fleet.cards.filter((card) => card.inShingsou && card.owner === DEMO_ACCOUNT);
}

export async function stats(simulators: RunningSimulators, upstream: 'shingsou' | 'cmiot'): Promise<SimStats> {
  return (await (await fetch(`${simulators[upstream].baseUrl}/__sim/stats`)).json()) as SimStats;
}

/** Data calls (token fetches aside) of both upstreams since the last reset. */
export async function dataCalls(simulators: RunningSimulators): Promise<number> {
  let total = 0;
  for (const upstream of ['shingsou', 'cmiot'] as const) {
    for (const route of Object.values(dataRoutes(await stats(simulators, upstream)))) total += route.calls;
  }
  return total;
}

export async function resetStats(simulators: RunningSimulators): Promise<void> {
  await Promise.all((['shingsou', 'cmiot'] as const).map((u) => fetch(`${simulators[u].baseUrl}/__sim/reset`, { method: 'POST' })));
}

/** Polls `check` every 50 ms until it holds, at most `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
