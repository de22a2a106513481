import type { PGlite } from '@electric-sql/pglite';
import { PostgresDialect, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';

/**
 * Kysely's own `PostgresDialect` over PGlite, through an adapter that looks like a `pg` Pool.
 *
 * Why not a third-party dialect: `kysely-pglite-dialect` declares a peer range that excludes
 * PGlite 0.5, and `kysely-pglite` brings a CLI and its dependencies into the image. The pool
 * contract Kysely needs is three methods (`connect`, `query`, `release`), so one query compiler,
 * one set of SQL and one set of tests serve PGlite and a PostgreSQL server alike.
 *
 * PGlite is one connection. Kysely runs a transaction as BEGIN … COMMIT on one pooled client, so a
 * client here holds the database until it is released: `connect()` waits for the previous client's
 * `release()`. Without that, a query of another caller could land inside someone's transaction.
 */
export function createPgliteDialect(db: PGlite): PostgresDialect {
  return new PostgresDialect({ pool: new PglitePool(db) });
}

class PglitePool implements PostgresPool {
  /** Resolves when the previous client is released; chained so clients are served in order. */
  private tail: Promise<void> = Promise.resolve();
  private ended = false;

  constructor(private readonly db: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    if (this.ended) throw new Error('The embedded database is closed');
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => released);
    await previous;
    if (this.ended) {
      release();
      throw new Error('The embedded database is closed');
    }
    return new PgliteClient(this.db, release);
  }

  async end(): Promise<void> {
    this.ended = true;
    // Let the client in use finish (a transaction's COMMIT) before the database goes away.
    await this.tail;
    await this.db.close();
  }
}

class PgliteClient implements PostgresPoolClient {
  private released = false;

  constructor(
    private readonly db: PGlite,
    private readonly onRelease: () => void,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: never): never;
  query<R>(sql: string, parameters?: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    if (typeof sql !== 'string') throw new Error('Streaming cursors are not supported on the embedded database');
    return this.run<R>(sql, parameters ?? []);
  }

  private async run<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
    if (this.released) throw new Error('Query on a released embedded-database client');
    const result = await this.db.query<R>(sql, parameters as unknown[]);
    return {
      command: (result as { command?: string }).command as PostgresQueryResult<R>['command'],
      rowCount: (result as { rowCount?: number }).rowCount ?? result.affectedRows ?? result.rows.length,
      rows: result.rows,
    };
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.onRelease();
  }
}
