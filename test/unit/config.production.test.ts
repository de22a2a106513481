import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config';
import { createApiKeys, DEMO_API_KEY, digest } from '../../src/http/auth/api-keys';
import { configErrorOf } from '../support/config-error';

/** Issue 9 item 8: production never runs on fakes; the request edge's settings. */

const shingsou = { SHINGSOU_CLIENT_ID: 'client', SHINGSOU_CLIENT_SECRET: 'secret', SHINGSOU_SUBSCRIPTION_KEY: 'key' };
const keys = { API_KEYS: 'dashboard-key-0123456789=iot.cardservice.flowcard.get' };
const production = { NODE_ENV: 'production', ...shingsou, ...keys };

describe('production configuration', () => {
  it('refuses NODE_ENV=production without upstream credentials, naming what is missing in one line', () => {
    const error = configErrorOf({ NODE_ENV: 'production' });
    expect(error.variable).toBe('SHINGSOU_CLIENT_ID');
    expect(error.message).toContain('CMIOT_APPID');
    expect(error.message).toContain('demo mode never runs with NODE_ENV=production');
    expect(error.message).not.toContain('\n');
  });

  it.each(['SHINGSOU_CLIENT_ID', 'SHINGSOU_CLIENT_SECRET', 'SHINGSOU_SUBSCRIPTION_KEY', 'CMIOT_APPID', 'CMIOT_PASSWORD', 'API_KEYS', 'TOKEN_ENCRYPTION_KEY'])(
    'treats an empty %s as an error, not as unset',
    (variable) => {
      const error = configErrorOf({ ...production, [variable]: '' });
      expect(error.variable).toBe(variable);
      expect(error.message).toContain('not empty');
    },
  );

  it('names the empty credential even when it is the only one set (no demo mode on a failed mount)', () => {
    expect(configErrorOf({ NODE_ENV: 'production', SHINGSOU_CLIENT_ID: '' }).variable).toBe('SHINGSOU_CLIENT_ID');
    expect(configErrorOf({ SHINGSOU_CLIENT_SECRET: '  ' }).variable).toBe('SHINGSOU_CLIENT_SECRET');
  });

  it('requires TOKEN_ENCRYPTION_KEY with KEYV_URL in production', () => {
    expect(configErrorOf({ ...production, KEYV_URL: 'redis://cache:6380' }).variable).toBe('TOKEN_ENCRYPTION_KEY');
    expect(parseConfig({ ...production, KEYV_URL: 'redis://cache:6380', TOKEN_ENCRYPTION_KEY: '0123456789abcdef' }).keyvUrl).toBe('redis://cache:6380');
    // Outside production, clear tokens in a private Redis stay allowed (development, tests).
    expect(parseConfig({ ...shingsou, ...keys, KEYV_URL: 'redis://cache:6380' }).tokenEncryptionKey).toBeUndefined();
  });

  it('refuses the demo key whenever API_KEYS is set, in demo mode too', () => {
    for (const env of [keys, { ...shingsou, ...keys }]) {
      const auth = createApiKeys(parseConfig(env).auth);
      expect(auth.keys.has(digest(DEMO_API_KEY))).toBe(false);
      expect(auth.anonymousHasEveryScope).toBe(false);
    }
    expect(createApiKeys(parseConfig({}).auth).keys.has(digest(DEMO_API_KEY))).toBe(true);
  });

  it('listens on loopback in demo mode unless HOST says otherwise; on all interfaces otherwise', () => {
    expect(parseConfig({}).host).toBe('127.0.0.1');
    expect(parseConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(parseConfig({ ...shingsou, ...keys }).host).toBeUndefined();
  });

  it('allows CORS from any origin in demo mode only, unless CORS_ORIGINS says otherwise', () => {
    expect(parseConfig({}).edge.corsOrigins).toBe('*');
    expect(parseConfig(production).edge.corsOrigins).toEqual([]);
    expect(parseConfig({ ...shingsou, ...keys }).edge.corsOrigins).toEqual([]);
    expect(parseConfig({ ...production, CORS_ORIGINS: 'https://ops.example.com, http://localhost:5173' }).edge.corsOrigins).toEqual([
      'https://ops.example.com',
      'http://localhost:5173',
    ]);
    expect(parseConfig({ ...production, CORS_ORIGINS: '*' }).edge.corsOrigins).toBe('*');
    expect(configErrorOf({ CORS_ORIGINS: 'ops.example.com' }).variable).toBe('CORS_ORIGINS');
    expect(configErrorOf({ CORS_ORIGINS: 'https://ops.example.com/path' }).variable).toBe('CORS_ORIGINS');
  });

  it('serves the explorer and the landing page outside production, in production only with EXPLORER=on', () => {
    expect(parseConfig({}).explorer).toBe(true);
    expect(parseConfig({ ...shingsou, ...keys }).explorer).toBe(true);
    expect(parseConfig({ EXPLORER: 'off' }).explorer).toBe(false);
    expect(parseConfig(production).explorer).toBe(false);
    expect(parseConfig({ ...production, EXPLORER: 'on' }).explorer).toBe(true);
  });

  it('reads the edge limits, with defaults', () => {
    expect(parseConfig({}).edge).toEqual({
      requestTimeoutMs: 30_000,
      maxUpstreamCallsPerRequest: 1000,
      maxQueryDepth: 20,
      maxQueryAliases: 500,
      maxQueryTokens: 20_000,
      requestsPerMinute: 6000,
      upstreamCallsPerMinute: 20_000,
      corsOrigins: '*',
      shutdownDelayMs: 0,
    });
    expect(parseConfig(production).edge.shutdownDelayMs).toBe(5000);
    const edge = parseConfig({ REQUEST_TIMEOUT_MS: '500', MAX_UPSTREAM_CALLS_PER_REQUEST: '50', RATE_LIMIT_REQUESTS_PER_MINUTE: '0' }).edge;
    expect(edge).toMatchObject({ requestTimeoutMs: 500, maxUpstreamCallsPerRequest: 50, requestsPerMinute: 0 });
    expect(configErrorOf({ REQUEST_TIMEOUT_MS: '10' }).variable).toBe('REQUEST_TIMEOUT_MS');
    expect(configErrorOf({ MAX_UPSTREAM_CALLS_PER_REQUEST: '0' }).variable).toBe('MAX_UPSTREAM_CALLS_PER_REQUEST');
  });
});
