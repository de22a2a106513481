import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config';
import { configErrorOf } from '../support/config-error';

const shingsou = { SHINGSOU_CLIENT_ID: 'client', SHINGSOU_CLIENT_SECRET: 'secret', SHINGSOU_SUBSCRIPTION_KEY: 'key' };
const keys = { API_KEYS: 'dashboard-key-0123456789=iot.cardservice.flowcard.get' };

describe('parseConfig: the fleet index', () => {
  it('keeps demo mode in memory, with the sync on at 600 calls a minute', () => {
    expect(parseConfig({}).fleet).toEqual({ store: { kind: 'memory' }, sync: true, syncCallsPerMinute: 600, syncPassSeconds: 60, webhooksAllowPrivateUrls: true });
  });

  it('lets webhooks reach private addresses in demo mode only, unless WEBHOOKS_ALLOW_PRIVATE_URLS says otherwise', () => {
    expect(parseConfig({ ...shingsou, ...keys }).fleet.webhooksAllowPrivateUrls).toBe(false);
    expect(parseConfig({ ...shingsou, ...keys, WEBHOOKS_ALLOW_PRIVATE_URLS: 'on' }).fleet.webhooksAllowPrivateUrls).toBe(true);
    expect(parseConfig({ WEBHOOKS_ALLOW_PRIVATE_URLS: 'off' }).fleet.webhooksAllowPrivateUrls).toBe(false);
    expect(configErrorOf({ WEBHOOKS_ALLOW_PRIVATE_URLS: 'yes' }).variable).toBe('WEBHOOKS_ALLOW_PRIVATE_URLS');
  });

  it('puts the store in data/fleet under the working directory once upstreams are configured', () => {
    expect(parseConfig({ ...shingsou, ...keys }).fleet.store).toEqual({ kind: 'pglite', dataDir: path.resolve('data/fleet') });
  });

  it('uses FLEET_DATA_DIR, in demo mode too', () => {
    expect(parseConfig({ FLEET_DATA_DIR: '/var/lib/simgraph' }).fleet.store).toEqual({ kind: 'pglite', dataDir: '/var/lib/simgraph' });
  });

  it('uses DATABASE_URL for a PostgreSQL server', () => {
    const url = 'postgres://simgraph:s3cret@db.internal:5432/simgraph';
    expect(parseConfig({ ...shingsou, ...keys, DATABASE_URL: url }).fleet.store).toEqual({ kind: 'postgres', url });
    expect(parseConfig({ DATABASE_URL: 'postgresql://db/simgraph' }).fleet.store).toEqual({ kind: 'postgres', url: 'postgresql://db/simgraph' });
  });

  it('reads SYNC and SYNC_CALLS_PER_MINUTE', () => {
    expect(parseConfig({ SYNC: 'OFF', SYNC_CALLS_PER_MINUTE: '120', SYNC_PASS_SECONDS: '5' }).fleet).toMatchObject({ sync: false, syncCallsPerMinute: 120, syncPassSeconds: 5 });
    expect(configErrorOf({ SYNC_PASS_SECONDS: '0' }).variable).toBe('SYNC_PASS_SECONDS');
  });

  it('names each bad value, never repeating a database URL', () => {
    const bad = configErrorOf({ DATABASE_URL: 'mysql://user:s3cret@db/simgraph' });
    expect(bad.variable).toBe('DATABASE_URL');
    expect(bad.message).not.toContain('s3cret');
    expect(configErrorOf({ DATABASE_URL: 'not a url' }).variable).toBe('DATABASE_URL');
    expect(configErrorOf({ DATABASE_URL: 'postgres://db/simgraph', FLEET_DATA_DIR: '/data' }).variable).toBe('FLEET_DATA_DIR');
    expect(configErrorOf({ SYNC: 'maybe' }).variable).toBe('SYNC');
    expect(configErrorOf({ SYNC_CALLS_PER_MINUTE: '0' }).variable).toBe('SYNC_CALLS_PER_MINUTE');
    expect(configErrorOf({ SYNC_CALLS_PER_MINUTE: 'fast' }).variable).toBe('SYNC_CALLS_PER_MINUTE');
  });
});
