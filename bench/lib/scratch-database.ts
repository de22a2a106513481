import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Scenario 8's PostgreSQL server (trust auth) when none is given. */
export const DEFAULT_POSTGRES_SERVER = 'postgres://postgres@127.0.0.1:5432';

/**
 * Runs `work` with the URL of a database of its own on `server`, created empty and dropped after
 * (`WITH (FORCE)`: a pool the work left open must not keep it), so a run never reads or leaves
 * another run's rows.
 */
export async function withScratchDatabase<T>(server: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `simgraph_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: `${server}/postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      return await work(`${server}/${name}`);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
}
