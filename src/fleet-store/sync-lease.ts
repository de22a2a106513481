import { sql, type Kysely } from 'kysely';

/** How `withSyncLease` excludes other sync passes: across replicas (PostgreSQL) or in-process (PGlite). */
export interface SyncLease {
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
}

/** `pg_try_advisory_lock` key of the fleet sync: "SIMG" and 14 (the issue), one bigint. */
const SYNC_LOCK_KEY = '5929543330062014';

/**
 * A session-level advisory lock held on one pooled connection for the whole of `work`: the lock
 * is that session's, so it must be released on the same connection, and it is released by the
 * server when that connection dies with the replica. `work` uses other connections of the pool
 * (the pool needs at least two).
 */
export function advisoryLease(db: Kysely<unknown>): SyncLease {
  return {
    run: (work) =>
      db.connection().execute(async (connection) => {
        const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_lock(${SYNC_LOCK_KEY}::bigint) AS locked`.execute(connection);
        if (rows[0]?.locked !== true) return undefined;
        try {
          return await work();
        } finally {
          await sql`SELECT pg_advisory_unlock(${SYNC_LOCK_KEY}::bigint)`.execute(connection).catch(() => undefined);
        }
      }),
  };
}

/**
 * PGlite is one process's own database, so a flag is the lease. Holding the connection as the
 * PostgreSQL lease does would deadlock here: PGlite has one connection and `work` needs it.
 */
export function localLease(): SyncLease {
  let held = false;
  return {
    async run(work) {
      if (held) return undefined;
      held = true;
      try {
        return await work();
      } finally {
        held = false;
      }
    },
  };
}
