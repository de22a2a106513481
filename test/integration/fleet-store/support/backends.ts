import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from '@jest/globals';
import { Client } from 'pg';
import { createFleetStore } from '../../../../src/fleet-store/create-fleet-store';
import type { FleetStore } from '../../../../src/fleet-store/fleet-store';

/**
 * One suite, every backend (keyv's adapter suite, STYLE.md): each `describeFleetStore` block runs
 * against an in-memory PGlite and against a database of its own on the machine's PostgreSQL
 * (127.0.0.1:5432, trust auth), created for the file and dropped after it.
 */

export interface Backend {
  name: 'pglite' | 'postgres';
  store: FleetStore;
  /** The PostgreSQL URL of this file's database (postgres only): a second store over it. */
  url?: string;
}

const SERVER = '127.0.0.1:5432';
const USERS = ['postgres', 'root'];

async function adminClient(): Promise<{ client: Client; user: string }> {
  let last: unknown;
  for (const user of USERS) {
    const client = new Client({ connectionString: `postgres://${user}@${SERVER}/postgres`, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      return { client, user };
    } catch (error) {
      last = error;
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(`No PostgreSQL with trust auth on ${SERVER} for ${USERS.join(' or ')}`, { cause: last });
}

/** A database of this test file's own; `drop()` removes it. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const { client, user } = await adminClient();
  const name = `simgraph_test_${randomBytes(6).toString('hex')}`;
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${user}@${SERVER}/${name}`,
    async drop() {
      const admin = await adminClient();
      try {
        await admin.client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.client.end();
      }
    },
  };
}

/** Runs `body` once per backend; `backend()` is that block's store, opened in its `beforeAll`. */
export function describeFleetStore(title: string, body: (backend: () => Backend) => void): void {
  for (const name of ['pglite', 'postgres'] as const) {
    describe(`${title} (${name})`, () => {
      let current: Backend | undefined;
      let drop: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        if (name === 'pglite') {
          current = { name, store: await createFleetStore({ kind: 'memory' }) };
        } else {
          const database = await createTestDatabase();
          drop = database.drop;
          current = { name, store: await createFleetStore({ kind: 'postgres', url: database.url }), url: database.url };
        }
      }, 60_000);
      afterAll(async () => {
        await current?.store.close();
        await drop?.();
      });
      body(() => {
        if (!current) throw new Error('The store did not open');
        return current;
      });
    });
  }
}

/** Empties the card table (every row was seen before the far future). */
export async function clearCards(store: FleetStore): Promise<void> {
  await store.deleteUnseen(new Date('9999-01-01T00:00:00Z'));
}
