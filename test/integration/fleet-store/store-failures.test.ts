import { createServer } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { createFleetStore } from '../../../src/fleet-store/create-fleet-store';
import { FleetStoreError } from '../../../src/fleet-store/fleet-store';
import { reopeningFleetStore } from '../../../src/fleet-store/reopening-fleet-store';
import { unavailableFleetStore } from '../../../src/fleet-store/unavailable-fleet-store';
import { createTestDatabase, describeFleetStore } from './support/backends';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('fleet store failures', () => {
  it('an unreachable PostgreSQL is a FleetStoreError within the connect timeout, naming no host, port or user', async () => {
    const port = await closedPort();
    const started = Date.now();
    const error = await createFleetStore({ kind: 'postgres', url: `postgres://fleetuser:s3cret@127.0.0.1:${port}/fleet` }, { timeouts: { connectMs: 1000 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FleetStoreError);
    expect((error as FleetStoreError).code).toBe('FLEET_STORE_UNAVAILABLE');
    expect((error as Error).message).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${port}|fleetuser|s3cret`));
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('a server that accepts and never answers is a FleetStoreError within the connect timeout', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const started = Date.now();
      await expect(createFleetStore({ kind: 'postgres', url: `postgres://u@127.0.0.1:${port}/fleet` }, { timeouts: { connectMs: 500 } })).rejects.toBeInstanceOf(FleetStoreError);
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      silent.close();
    }
  });

  it('a database stopped under a running store: its calls fail with FleetStoreError, not a hang', async () => {
    const database = await createTestDatabase();
    const store = await createFleetStore({ kind: 'postgres', url: database.url }, { timeouts: { connectMs: 1000 } });
    try {
      await store.ping();
      await database.drop(); // WITH (FORCE): its connections end, as when the server stops.
      const started = Date.now();
      await expect(store.summary({})).rejects.toBeInstanceOf(FleetStoreError);
      await expect(store.ping()).rejects.toBeInstanceOf(FleetStoreError);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await store.close().catch(() => undefined);
    }
  });

  it('the unavailable store fails every read and write with FLEET_STORE_UNAVAILABLE', async () => {
    const store = unavailableFleetStore();
    await expect(store.page({ filter: {}, order: { field: 'ICCID', direction: 'ASC' }, first: 1 })).rejects.toMatchObject({ code: 'FLEET_STORE_UNAVAILABLE' });
    await expect(store.upsertStatuses([])).rejects.toBeInstanceOf(FleetStoreError);
    await expect(store.close()).resolves.toBeUndefined();
  });

  it('a store that could not open fails fast, then opens once the database is back', async () => {
    let attempts = 0;
    let up = false;
    const store = reopeningFleetStore(
      async () => {
        attempts += 1;
        if (!up) throw new Error('connect ECONNREFUSED 10.0.0.5:5432');
        return unavailableFleetStore('opened');
      },
      { retryMs: 50 },
    );
    expect(await store.ready()).toBe(false);
    const error = await store.ping().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FleetStoreError);
    expect((error as Error).message).not.toContain('10.0.0.5');
    expect(attempts).toBe(1);
    up = true;
    await new Promise((resolve) => setTimeout(resolve, 60));
    await expect(store.ping()).rejects.toThrow('opened');
    expect(attempts).toBe(2);
    await store.close();
    await expect(store.ping()).rejects.toThrow('closed');
  });
});

describeFleetStore('fleet store bounds', (backend) => {
  it('rejects at once when the signal is already aborted, and when it aborts during the call', async () => {
    const { store } = backend();
    const aborted = AbortSignal.abort();
    await expect(store.summary({}, aborted)).rejects.toBeInstanceOf(FleetStoreError);
    const controller = new AbortController();
    const pending = store.page({ filter: {}, order: { field: 'USAGE_PERCENT', direction: 'DESC' }, first: 10 }, controller.signal);
    controller.abort();
    await expect(pending).rejects.toThrow(/aborted/);
    // The store is still usable after an aborted call.
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('a closed store rejects with FleetStoreError', async () => {
    const { name, url } = backend();
    const store = name === 'postgres' ? await createFleetStore({ kind: 'postgres', url: url! }) : await createFleetStore({ kind: 'memory' });
    await store.close();
    await expect(store.ping()).rejects.toBeInstanceOf(FleetStoreError);
  });
});
