/**
 * Every setting SimGraph reads, parsed once from the environment into one typed object.
 *
 * A bad value is a `ConfigError` naming the variable and what it expects; `main.ts` prints that
 * one line and exits with code 2, so a typo in a deployment fails loudly at start-up instead of
 * at the first request.
 */

import { ConfigError, integer, oneOf, read, readSecret, url, type Env } from './config-env';
import { fleetConfig, type FleetConfig } from './config-fleet';
import { PAYMENT_V2_SCOPES, SCOPE_PATTERN } from './domain';

export { ConfigError } from './config-env';
export type { FleetConfig, FleetStoreConfig } from './config-fleet';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface ShingsouConfig {
  /** IdentityServer token endpoint. Default `https://ids.shingsou.com/connect/token`. */
  tokenUrl: string;
  /** API Management gateway. Default `https://openapis.shingsou.com`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  subscriptionKey: string;
  /** Space-separated scopes asked for; default: every scope the gateway uses. */
  scope: string;
}

export interface CmiotConfig {
  /** Default `https://api.iot.10086.cn`. */
  baseUrl: string;
  appid: string;
  password: string;
}

export interface Config {
  port: number;
  host: string | undefined;
  nodeEnv: NodeEnv;
  logLevel: LogLevel;
  /** `undefined` when Shingsou credentials are not configured. */
  shingsou: ShingsouConfig | undefined;
  /** `undefined` when CMIOT credentials are not configured. */
  cmiot: CmiotConfig | undefined;
  /** `redis://...` to share tokens between replicas; in-memory keyv when unset. */
  keyvUrl: string | undefined;
  /** Encrypts tokens kept in Redis; unset = stored in clear (Redis should then be private). */
  tokenEncryptionKey: string | undefined;
  /** Deadline of one upstream request, ms (`SHINGSOU_TIMEOUT_MS`, `CMIOT_TIMEOUT_MS`). */
  timeoutMs: { shingsou: number; cmiot: number };
  /** In-flight requests per upstream. Default 8 (`cmiot.md` §8.8, `shingsou.md` §8.6). */
  upstreamConcurrency: number;
  /**
   * Each upstream account's budget, shared by every replica through Redis when `KEYV_URL` is set:
   * calls in flight (`SHINGSOU_MAX_IN_FLIGHT`, `CMIOT_MAX_IN_FLIGHT`, default `UPSTREAM_CONCURRENCY`)
   * and calls started per second (`SHINGSOU_CALLS_PER_SECOND`, `CMIOT_CALLS_PER_SECOND`, default 0 =
   * no bound: neither vendor publishes a QPS, `cmiot.md` §5).
   */
  accountBudget: Record<'shingsou' | 'cmiot', { maxInFlight: number; callsPerSecond: number }>;
  /** An upstream answer larger than this is UPSTREAM_BAD_RESPONSE (`UPSTREAM_MAX_BODY_BYTES`, default 4 MiB). */
  upstreamMaxBodyBytes: number;
  /** True when no upstream credentials are configured: `main.ts` then starts the simulators. */
  demo: boolean;
  /**
   * `GET /metrics` (Prometheus text) on the gateway's own port (`METRICS`, `on` or `off`,
   * default `on`). Off also drops the counting: the upstream layer gets the no-op recorder.
   */
  metrics: boolean;
  /**
   * Browser tools (`EXPLORER`, `on` or `off`; default `on`, `off` with `NODE_ENV=production`): the
   * offline explorer at `GET /explorer` and the landing page at `GET /graphql` (a choice between
   * it and Apollo's Sandbox). Off: `/explorer` is 404 and `GET /graphql` has no landing page.
   */
  explorer: boolean;
  auth: AuthConfig;
  /** The fleet index (issue 14): where its store lives and how the sync spends calls. */
  fleet: FleetConfig;
  /** The request edge: deadline, operation limits, per-key rate limits, CORS (`src/http/`). */
  edge: EdgeConfig;
}

export interface EdgeConfig {
  /** Whole-request deadline, ms (`REQUEST_TIMEOUT_MS`, default 30000): by then every request answers. */
  requestTimeoutMs: number;
  /** Operations estimated above this many upstream calls are refused (`MAX_UPSTREAM_CALLS_PER_REQUEST`, default 1000). */
  maxUpstreamCallsPerRequest: number;
  /** Deepest selection accepted (`MAX_QUERY_DEPTH`, default 20). */
  maxQueryDepth: number;
  /** Most aliases in one operation (`MAX_QUERY_ALIASES`, default 500: `cardsByIds` takes 500 ids, aliases the same). */
  maxQueryAliases: number;
  /** Most lexical tokens in one document (`MAX_QUERY_TOKENS`, default 20000); bounds parsing work. */
  maxQueryTokens: number;
  /** Requests per minute per API key (`RATE_LIMIT_REQUESTS_PER_MINUTE`, default 6000; 0 = off). */
  requestsPerMinute: number;
  /** Estimated upstream calls per minute per API key (`RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE`, default 20000; 0 = off). */
  upstreamCallsPerMinute: number;
  /** Browser origins allowed (`CORS_ORIGINS`): `*` in demo mode, none otherwise unless listed. */
  corsOrigins: '*' | readonly string[];
  /**
   * After SIGTERM, how long `/readyz` says 503 while requests are still served, so the load
   * balancer stops sending before the listener closes (`SHUTDOWN_DELAY_MS`; 5000 in production, else 0).
   */
  shutdownDelayMs: number;
}

/** One `key=scope scope` entry of `API_KEYS`. */
export interface ApiKeyEntry {
  key: string;
  scopes: readonly string[];
}

/**
 * `API_KEYS` as parsed, nothing more: the lookup table (digests, the demo key) is the request
 * edge's, built once at the composition root (`http/auth/api-keys.ts`).
 */
export interface AuthConfig {
  /** The API keys callers present (`x-api-key` or `Authorization: Bearer`), with their scopes; empty when `API_KEYS` is unset. */
  keys: readonly ApiKeyEntry[];
  /**
   * Demo mode without `API_KEYS`: a request without a key acts with every scope, so the README's
   * first `curl` works. Never true once upstream credentials or `API_KEYS` are set.
   */
  anonymousHasEveryScope: boolean;
}

/** The gateway's Shingsou token: both services, plus each payment-v2 action it calls (no v2 `.all`). */
export const DEFAULT_SHINGSOU_SCOPE = ['iot.cardservice.all', 'iot.paymentservice.all', ...PAYMENT_V2_SCOPES].join(' ');

/**
 * Credentials come as a group: all of them or none. A half-configured upstream is a mistake we
 * name, not a silent fall-back to the simulators.
 */
function credentialGroup<K extends string>(env: Env, names: Record<K, string>): Record<K, string> | undefined {
  const entries = Object.entries(names) as [K, string][];
  const present = entries.filter(([, variable]) => readSecret(env, variable) !== undefined);
  if (present.length === 0) return undefined;
  const missing = entries.find(([, variable]) => read(env, variable) === undefined);
  if (missing) {
    const others = present.map(([, variable]) => variable).join(', ');
    throw new ConfigError(missing[1], `set as well, because ${others} is set`);
  }
  return Object.fromEntries(entries.map(([key, variable]) => [key, read(env, variable)])) as Record<K, string>;
}

function secretKey(env: Env, name: string): string | undefined {
  const raw = readSecret(env, name);
  if (raw !== undefined && raw.length < 16) throw new ConfigError(name, 'at least 16 characters');
  return raw;
}

const HTTP = ['http:', 'https:'] as const;

export function parseConfig(env: Env): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const shingsouCredentials = credentialGroup(env, {
    clientId: 'SHINGSOU_CLIENT_ID',
    clientSecret: 'SHINGSOU_CLIENT_SECRET',
    subscriptionKey: 'SHINGSOU_SUBSCRIPTION_KEY',
  });
  const cmiotCredentials = credentialGroup(env, { appid: 'CMIOT_APPID', password: 'CMIOT_PASSWORD' });
  if (cmiotCredentials && !/^\d{1,26}$/.test(cmiotCredentials.appid)) {
    // transid = appid + 14 + 8 digits, at most 48 characters (`cmiot.md` §1.3).
    throw new ConfigError('CMIOT_APPID', 'the numeric appid from the OneLink console, at most 26 digits');
  }

  // Parse the URL variables even without credentials so a typo is reported now.
  const shingsouUrls = {
    tokenUrl: url(env, 'SHINGSOU_TOKEN_URL', 'https://ids.shingsou.com/connect/token', HTTP) as string,
    baseUrl: url(env, 'SHINGSOU_BASE_URL', 'https://openapis.shingsou.com', HTTP) as string,
  };
  const shingsouTimeoutMs = integer(env, 'SHINGSOU_TIMEOUT_MS', 10_000, 100, 120_000);
  const cmiotBaseUrl = url(env, 'CMIOT_BASE_URL', 'https://api.iot.10086.cn', HTTP) as string;
  const cmiotTimeoutMs = integer(env, 'CMIOT_TIMEOUT_MS', 10_000, 100, 120_000);

  const upstreamConcurrency = integer(env, 'UPSTREAM_CONCURRENCY', 8, 1, 256);

  const demo = shingsouCredentials === undefined && cmiotCredentials === undefined;
  if (demo && nodeEnv === 'production') {
    // Demo mode serves simulated cards and fake pay URLs: never in production (ARCHITECTURE.md).
    throw new ConfigError(
      'SHINGSOU_CLIENT_ID',
      'set in production, with SHINGSOU_CLIENT_SECRET and SHINGSOU_SUBSCRIPTION_KEY (or CMIOT_APPID and CMIOT_PASSWORD): no upstream credentials are set, and demo mode never runs with NODE_ENV=production',
    );
  }
  const keyvUrl = url(env, 'KEYV_URL', undefined, ['redis:', 'rediss:']);
  const tokenEncryptionKey = secretKey(env, 'TOKEN_ENCRYPTION_KEY');
  if (nodeEnv === 'production' && keyvUrl !== undefined && tokenEncryptionKey === undefined) {
    throw new ConfigError('TOKEN_ENCRYPTION_KEY', 'set in production when KEYV_URL is set: upstream tokens would be kept in Redis in clear');
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65_535),
    // Demo mode opens every scope to keyless callers: loopback only unless HOST says otherwise.
    host: read(env, 'HOST') ?? (demo ? '127.0.0.1' : undefined),
    nodeEnv,
    metrics: oneOf(env, 'METRICS', ['on', 'off'], 'on') === 'on',
    explorer: oneOf(env, 'EXPLORER', ['on', 'off'], nodeEnv === 'production' ? 'off' : 'on') === 'on',
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    shingsou: shingsouCredentials && {
      ...shingsouUrls,
      ...shingsouCredentials,
      scope: read(env, 'SHINGSOU_SCOPE') ?? DEFAULT_SHINGSOU_SCOPE,
    },
    cmiot: cmiotCredentials && { baseUrl: cmiotBaseUrl, ...cmiotCredentials },
    timeoutMs: { shingsou: shingsouTimeoutMs, cmiot: cmiotTimeoutMs },
    keyvUrl,
    tokenEncryptionKey,
    upstreamConcurrency,
    accountBudget: {
      shingsou: {
        maxInFlight: integer(env, 'SHINGSOU_MAX_IN_FLIGHT', upstreamConcurrency, 1, 1024),
        callsPerSecond: integer(env, 'SHINGSOU_CALLS_PER_SECOND', 0, 0, 100_000),
      },
      cmiot: {
        maxInFlight: integer(env, 'CMIOT_MAX_IN_FLIGHT', upstreamConcurrency, 1, 1024),
        callsPerSecond: integer(env, 'CMIOT_CALLS_PER_SECOND', 0, 0, 100_000),
      },
    },
    upstreamMaxBodyBytes: integer(env, 'UPSTREAM_MAX_BODY_BYTES', 4 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    demo,
    auth: authConfig(env, demo),
    fleet: fleetConfig(env, demo),
    edge: edgeConfig(env, demo, nodeEnv),
  };
}

function edgeConfig(env: Env, demo: boolean, nodeEnv: NodeEnv): EdgeConfig {
  return {
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    maxUpstreamCallsPerRequest: integer(env, 'MAX_UPSTREAM_CALLS_PER_REQUEST', 1000, 1, 1_000_000),
    maxQueryDepth: integer(env, 'MAX_QUERY_DEPTH', 20, 2, 1000),
    maxQueryAliases: integer(env, 'MAX_QUERY_ALIASES', 500, 0, 100_000),
    maxQueryTokens: integer(env, 'MAX_QUERY_TOKENS', 20_000, 100, 1_000_000),
    requestsPerMinute: integer(env, 'RATE_LIMIT_REQUESTS_PER_MINUTE', 6000, 0, 10_000_000),
    upstreamCallsPerMinute: integer(env, 'RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE', 20_000, 0, 100_000_000),
    corsOrigins: corsOrigins(env, demo),
    shutdownDelayMs: integer(env, 'SHUTDOWN_DELAY_MS', nodeEnv === 'production' ? 5000 : 0, 0, 120_000),
  };
}

/** `*`, or a comma list of origins such as `https://ops.example.com`; default `*` in demo mode only. */
function corsOrigins(env: Env, demo: boolean): '*' | readonly string[] {
  const raw = read(env, 'CORS_ORIGINS');
  if (raw === undefined) return demo ? '*' : [];
  if (raw === '*') return '*';
  const origins = raw.split(',').map((origin) => origin.trim()).filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !HTTP.includes(parsed.protocol as (typeof HTTP)[number]) || parsed.origin !== origin) {
      throw new ConfigError('CORS_ORIGINS', `* or a comma list of origins such as https://ops.example.com (got "${origin}")`);
    }
  }
  return origins;
}

function authConfig(env: Env, demo: boolean): AuthConfig {
  const raw = readSecret(env, 'API_KEYS');
  if (raw === undefined) {
    if (!demo) throw new ConfigError('API_KEYS', 'set when upstream credentials are configured: key=scope scope;key=scope');
    return { keys: [], anonymousHasEveryScope: true };
  }
  const parsed = parseApiKeys(raw);
  if (typeof parsed === 'string') throw new ConfigError('API_KEYS', `key=scope scope;key=scope pairs (${parsed})`);
  return { keys: parsed, anonymousHasEveryScope: false };
}

/** Parses `API_KEYS`; returns a reason when it is malformed (the key itself never appears). */
function parseApiKeys(raw: string): ApiKeyEntry[] | string {
  const entries: ApiKeyEntry[] = [];
  for (const [index, item] of raw.split(';').entries()) {
    if (item.trim() === '') continue;
    const [key, scopeList] = item.split('=', 2).map((part) => part.trim());
    const position = `entry ${index + 1}`;
    if (!key || key.length < 16) return `${position}: a key of at least 16 characters before "="`;
    const scopes = (scopeList ?? '').split(/\s+/).filter(Boolean);
    if (scopes.length === 0) return `${position}: at least one scope after "="`;
    const bad = scopes.find((scope) => !SCOPE_PATTERN.test(scope));
    if (bad) return `${position}: "${bad}" is not a permission code such as iot.cardservice.flowcard.get`;
    entries.push({ key, scopes });
  }
  return entries.length > 0 ? entries : 'at least one key=scopes entry';
}
