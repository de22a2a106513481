import { describe, expect, it } from '@jest/globals';
import { parseConfig } from '../../src/config';
import { createApiKeys } from '../../src/http/auth/api-keys';
import { configErrorOf } from '../support/config-error';

const shingsou = { SHINGSOU_CLIENT_ID: 'client', SHINGSOU_CLIENT_SECRET: 'secret', SHINGSOU_SUBSCRIPTION_KEY: 'key' };
const cmiot = { CMIOT_APPID: '100001', CMIOT_PASSWORD: 'password' };
const keys = { API_KEYS: 'dashboard-key-0123456789=iot.cardservice.flowcard.get iot.cardservice.flowcard.status' };

describe('parseConfig', () => {
  it('defaults to demo mode on port 4000 with no upstream credentials', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ port: 4000, nodeEnv: 'development', logLevel: 'info', demo: true, upstreamConcurrency: 8 });
    expect(config.shingsou).toBeUndefined();
    expect(config.cmiot).toBeUndefined();
    expect(config.keyvUrl).toBeUndefined();
  });

  it('uses the real upstream hosts once credentials are set', () => {
    const config = parseConfig({ ...shingsou, ...cmiot, ...keys });
    expect(config.demo).toBe(false);
    expect(config.shingsou).toMatchObject({
      tokenUrl: 'https://ids.shingsou.com/connect/token',
      baseUrl: 'https://openapis.shingsou.com',
      clientId: 'client',
      // Both services' .all, then each payment-v2 action by name (v2 has no .all, shingsou.md §2.5).
      scope: expect.stringMatching(/^iot\.cardservice\.all iot\.paymentservice\.all iot\.payment\.alipay\.refund .*iot\.payment\.wechatpay\.uploadcert .*iot\.payment\.wechatpay\.fundflowdownload$/),
    });
    expect(config.cmiot).toMatchObject({ baseUrl: 'https://api.iot.10086.cn', appid: '100001' });
  });

  it('configures one upstream alone', () => {
    const config = parseConfig({ ...cmiot, ...keys });
    expect(config.demo).toBe(false);
    expect(config.shingsou).toBeUndefined();
    expect(config.cmiot?.appid).toBe('100001');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', 'an integer from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT', 'an integer from 0 to 65535'],
    [{ PORT: '-1' }, 'PORT', 'an integer'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV', 'one of development, production, test'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'one of fatal'],
    [{ KEYV_URL: 'http://localhost:6380' }, 'KEYV_URL', 'redis:'],
    [{ SHINGSOU_BASE_URL: 'not a url' }, 'SHINGSOU_BASE_URL', 'a URL'],
    [{ CMIOT_TIMEOUT_MS: '5s' }, 'CMIOT_TIMEOUT_MS', 'an integer'],
    [{ UPSTREAM_CONCURRENCY: '0' }, 'UPSTREAM_CONCURRENCY', 'from 1 to 256'],
    [{ CMIOT_APPID: '100001' }, 'CMIOT_PASSWORD', 'because CMIOT_APPID is set'],
    [{ SHINGSOU_CLIENT_ID: 'c', SHINGSOU_CLIENT_SECRET: 's' }, 'SHINGSOU_SUBSCRIPTION_KEY', 'set as well'],
    [{ CMIOT_APPID: 'abc', CMIOT_PASSWORD: 'p' }, 'CMIOT_APPID', 'numeric appid'],
    [{ CMIOT_APPID: '100001', CMIOT_PASSWORD: 'p' }, 'API_KEYS', 'set when upstream credentials are configured'],
    [{ API_KEYS: 'short=iot.cardservice.all' }, 'API_KEYS', 'at least 16 characters'],
    [{ API_KEYS: 'dashboard-key-0123456789=' }, 'API_KEYS', 'at least one scope'],
    [{ API_KEYS: 'dashboard-key-0123456789=cards:read' }, 'API_KEYS', 'not a permission code'],
    [{ TOKEN_ENCRYPTION_KEY: 'short' }, 'TOKEN_ENCRYPTION_KEY', 'at least 16 characters'],
    [{ EXPLORER: 'yes' }, 'EXPLORER', 'one of on, off'],
  ])('rejects %j naming %s', (env, variable, expected) => {
    const error = configErrorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(expected);
  });

  it('treats empty variables as unset, except credentials', () => {
    expect(parseConfig({ PORT: '', HOST: ' ' }).port).toBe(4000);
    // An empty credential is a failed secret mount, not "unset" (issue 9 item 8): see config.production.test.ts.
    expect(configErrorOf({ SHINGSOU_CLIENT_ID: ' ' }).variable).toBe('SHINGSOU_CLIENT_ID');
  });

  it('opens demo mode to anonymous callers only while API_KEYS is unset', () => {
    expect(parseConfig({}).auth.anonymousHasEveryScope).toBe(true);
    const withKeys = createApiKeys(parseConfig(keys).auth);
    expect(withKeys.anonymousHasEveryScope).toBe(false);
    expect(withKeys.keys.size).toBe(1); // the configured one: the public demo key is refused once API_KEYS is set
    expect(createApiKeys(parseConfig({ ...cmiot, ...keys }).auth).keys.size).toBe(1);
  });

  it('never puts an API key into an error message', () => {
    const error = configErrorOf({ API_KEYS: 'dashboard-key-0123456789=NOT VALID' });
    expect(error.message).not.toContain('dashboard-key');
  });

  it('never puts a secret into an error message', () => {
    const error = configErrorOf({ SHINGSOU_CLIENT_SECRET: 'top-secret-value', SHINGSOU_CLIENT_ID: 'c' });
    expect(error.message).not.toContain('top-secret-value');
  });

  it('bounds each upstream account across replicas: in flight defaults to UPSTREAM_CONCURRENCY, no rate by default', () => {
    expect(parseConfig({ UPSTREAM_CONCURRENCY: '6' }).accountBudget).toEqual({
      shingsou: { maxInFlight: 6, callsPerSecond: 0 },
      cmiot: { maxInFlight: 6, callsPerSecond: 0 },
    });
    const config = parseConfig({ SHINGSOU_MAX_IN_FLIGHT: '4', CMIOT_MAX_IN_FLIGHT: '2', SHINGSOU_CALLS_PER_SECOND: '20', CMIOT_CALLS_PER_SECOND: '5' });
    expect(config.accountBudget).toEqual({ shingsou: { maxInFlight: 4, callsPerSecond: 20 }, cmiot: { maxInFlight: 2, callsPerSecond: 5 } });
    expect(configErrorOf({ CMIOT_MAX_IN_FLIGHT: '0' }).variable).toBe('CMIOT_MAX_IN_FLIGHT');
    expect(configErrorOf({ SHINGSOU_CALLS_PER_SECOND: 'fast' }).variable).toBe('SHINGSOU_CALLS_PER_SECOND');
  });

  it('caps upstream answers at 4 MiB unless UPSTREAM_MAX_BODY_BYTES says otherwise', () => {
    expect(parseConfig({}).upstreamMaxBodyBytes).toBe(4 * 1024 * 1024);
    expect(parseConfig({ UPSTREAM_MAX_BODY_BYTES: '1048576' }).upstreamMaxBodyBytes).toBe(1024 * 1024);
    expect(configErrorOf({ UPSTREAM_MAX_BODY_BYTES: '10' }).variable).toBe('UPSTREAM_MAX_BODY_BYTES');
  });
});

