import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { Logger } from 'pino';
import type { FleetDatabase } from './database';
import { FleetStoreError, type FleetStore } from './fleet-store';
import { KyselyFleetStore } from './kysely-fleet-store';
import { migrateToLatest } from './migrations';
import { createPgliteDialect } from './pglite-dialect';
import { pgliteNotifications, pgNotifications } from './event-notifications';
import type { ListenToEvents } from './kysely-fleet-events';
import { toFleetStoreError } from './store-errors';
import { advisoryLease, localLease } from './sync-lease';

/** Where the store lives (`config.ts`: `DATABASE_URL`, `FLEET_DATA_DIR`, demo mode). */
export type FleetStoreLocation =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'memory' };

export interface FleetStoreTimeouts {
  /** Waiting for a pooled connection or a new one (`pg` `connectionTimeoutMillis`). Default 5000. */
  connectMs?: number;
  /** Server-side bound of one statement (`statement_timeout`). Default 10000. */
  statementMs?: number;
  /** Client-side bound of one query, for a server that stopped answering (`query_timeout`). Default 15000. */
  queryMs?: number;
}

/**
 * Opens the store: a `pg` pool for PostgreSQL, PGlite in a directory (created if absent) or in
 * memory; then applies the migrations. Rejects with `FleetStoreError` (no URL, host or user in the
 * message) within the connect timeout when the database is unreachable.
 */
export async function createFleetStore(location: FleetStoreLocation, options: { log?: Logger; timeouts?: FleetStoreTimeouts } = {}): Promise<FleetStore> {
  const { db, listen } = await openDatabase(location, options);
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw toFleetStoreError(error, 'migration');
  }
  return new KyselyFleetStore(db, location.kind === 'postgres' ? advisoryLease(db as Kysely<unknown>) : localLease(), listen);
}

async function openDatabase(location: FleetStoreLocation, options: { log?: Logger; timeouts?: FleetStoreTimeouts }): Promise<{ db: Kysely<FleetDatabase>; listen: ListenToEvents }> {
  switch (location.kind) {
    case 'postgres': {
      const timeouts = options.timeouts ?? {};
      const pool = new Pool({
        connectionString: location.url,
        // The sync lease holds one connection for a whole pass; requests and the sync share the rest.
        max: 10,
        connectionTimeoutMillis: timeouts.connectMs ?? 5000,
        statement_timeout: timeouts.statementMs ?? 10_000,
        query_timeout: timeouts.queryMs ?? 15_000,
        idleTimeoutMillis: 30_000,
        application_name: 'simgraph',
      });
      // An idle client's error (the server restarted) is emitted on the pool: without a listener
      // it would end the process. The next query reconnects or fails with FleetStoreError.
      pool.on('error', (error) => options.log?.warn({ reason: toFleetStoreError(error, 'connection').message }, 'fleet store connection lost'));
      return {
        db: new Kysely<FleetDatabase>({ dialect: new PostgresDialect({ pool }) }),
        listen: pgNotifications(location.url, { connectMs: timeouts.connectMs ?? 5000, ...(options.log ? { log: options.log } : {}) }),
      };
    }
    case 'pglite':
    case 'memory': {
      if (location.kind === 'pglite') await mkdir(location.dataDir, { recursive: true });
      const pglite = await openPglite(location.kind === 'pglite' ? location.dataDir : undefined);
      return { db: new Kysely<FleetDatabase>({ dialect: createPgliteDialect(pglite) }), listen: pgliteNotifications(pglite) };
    }
    default:
      throw new FleetStoreError('Unknown fleet store location');
  }
}

/**
 * PGlite's artifacts, compiled once per process: a second store (a test file, a replica in one
 * process) skips the WebAssembly compile. Handing them over also keeps PGlite off its own
 * `import('fs/promises')` loaders, which jest's module sandbox cannot run.
 */
type WasmModule = Awaited<ReturnType<typeof compileWasm>>;
let artifacts: Promise<{ pglite: WasmModule; initdb: WasmModule; fsBundle: Buffer }> | undefined;

// `WebAssembly` is a global of Node 20 but not in the `lib` this project compiles with.
const compileWasm = (bytes: Buffer) => (globalThis as unknown as { WebAssembly: { compile(bytes: Buffer): Promise<NonNullable<ConstructorParameters<typeof PGlite>[0]>['pgliteWasmModule']> } }).WebAssembly.compile(bytes);

function pgliteArtifacts() {
  artifacts ??= (async () => {
    const dist = path.dirname(require.resolve('@electric-sql/pglite'));
    const [pglite, initdb, fsBundle] = await Promise.all([
      readFile(path.join(dist, 'pglite.wasm')).then(compileWasm),
      readFile(path.join(dist, 'initdb.wasm')).then(compileWasm),
      readFile(path.join(dist, 'pglite.data')),
    ]);
    return { pglite, initdb, fsBundle };
  })();
  artifacts.catch(() => (artifacts = undefined));
  return artifacts;
}

async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  const { pglite, initdb, fsBundle } = await pgliteArtifacts();
  // No pg_trgm here: PGlite loads extension bundles through a dynamic import that jest cannot run,
  // and the same store must run in the tests as in production. The keyword filter scans instead
  // (measured in bench/scenarios/s8-fleet-index.ts); migrations/0001 creates the trigram indexes
  // only where the extension is available (PostgreSQL).
  return PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    pgliteWasmModule: pglite,
    initdbWasmModule: initdb,
    fsBundle: new Blob([fsBundle]),
  });
}
