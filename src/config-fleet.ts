import path from 'node:path';
import { ConfigError, integer, oneOf, read, url, type Env } from './config-env';

/**
 * Where the fleet store lives: `DATABASE_URL` (a PostgreSQL server, what several replicas share);
 * else PGlite in `FLEET_DATA_DIR` (default `data/fleet` under the working directory, created if
 * absent); in demo mode without either, PGlite in memory (the demo's cards are synced again at start).
 */
export type FleetStoreConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string } | { kind: 'memory' };

export interface FleetConfig {
  store: FleetStoreConfig;
  /** The background sync on this replica (`SYNC`, `on` or `off`, default `on`); off, live reads still refresh the store. */
  sync: boolean;
  /**
   * Upstream calls per minute the sync may spend (`SYNC_CALLS_PER_MINUTE`, default 600), inside
   * the account's budget shared with live traffic. At 600 (10 a second) the first pass over
   * 200,000 cards' inventory (about 1,900 pages of 100, with the statuses the platform stored) took
   * 3.2 minutes (`bench/sync-throughput.ts`); usage of cards outside CMIOT costs one call each (no
   * batch form), so a first full usage sync of such a fleet takes hours.
   */
  syncCallsPerMinute: number;
  /**
   * A full pass over the inventory starts at most this often (`SYNC_PASS_SECONDS`, default 60):
   * the pass is where carrier-side changes become events, so this bounds their latency for a fleet
   * whose pass is shorter (a 2,000-card pass is 20 calls).
   */
  syncPassSeconds: number;
  /**
   * Webhook URLs may point at loopback and private addresses (`WEBHOOKS_ALLOW_PRIVATE_URLS`, `on`
   * or `off`; on in demo mode, off otherwise): off, a webhook can never be aimed at the gateway's
   * own network (SSRF), checked at creation and again at each connection (DNS rebinding).
   */
  webhooksAllowPrivateUrls: boolean;
}

export function fleetConfig(env: Env, demo: boolean): FleetConfig {
  // The URL carries the password: `url()` never repeats the value in its error.
  const databaseUrl = url(env, 'DATABASE_URL', undefined, ['postgres:', 'postgresql:']);
  const dataDir = read(env, 'FLEET_DATA_DIR');
  if (dataDir !== undefined && databaseUrl !== undefined) {
    throw new ConfigError('FLEET_DATA_DIR', 'unset when DATABASE_URL is set (the store is then the PostgreSQL server)');
  }
  if (dataDir !== undefined && /[\u0000]/.test(dataDir)) throw new ConfigError('FLEET_DATA_DIR', 'a directory path');
  const store: FleetStoreConfig = databaseUrl
    ? { kind: 'postgres', url: databaseUrl }
    : dataDir !== undefined
      ? { kind: 'pglite', dataDir: path.resolve(dataDir) }
      : demo
        ? { kind: 'memory' }
        : { kind: 'pglite', dataDir: path.resolve('data/fleet') };
  return {
    store,
    sync: oneOf(env, 'SYNC', ['on', 'off'], 'on') === 'on',
    syncCallsPerMinute: integer(env, 'SYNC_CALLS_PER_MINUTE', 600, 1, 1_000_000),
    syncPassSeconds: integer(env, 'SYNC_PASS_SECONDS', 60, 1, 86_400),
    webhooksAllowPrivateUrls: oneOf(env, 'WEBHOOKS_ALLOW_PRIVATE_URLS', ['on', 'off'], demo ? 'on' : 'off') === 'on',
  };
}
