import path from 'node:path';
import { request } from 'undici';
import { BUILD, ROOT, spawnNode, type Child } from './proc';

/** Starting the simulators, SimGraph (dist/), its bench variants and the baseline as processes. */

export interface SimCardRef {
  iccid: string;
  carrier: 'CHINA_MOBILE' | 'CHINA_UNICOM' | 'CHINA_TELECOM';
}

export interface Sims {
  child: Child;
  shingsou: { baseUrl: string; tokenUrl: string; clientId: string; clientSecret: string; subscriptionKey: string };
  cmiot: { baseUrl: string; appid: string; password: string };
  /** The first 1,000 cards of the Shingsou inventory. */
  cards: SimCardRef[];
}

export async function startSims(options: { cards?: number; lognormal?: string; samePortsAs?: Sims } = {}): Promise<Sims> {
  const ports = options.samePortsAs
    ? ['--shingsou-port', new URL(options.samePortsAs.shingsou.baseUrl).port, '--cmiot-port', new URL(options.samePortsAs.cmiot.baseUrl).port]
    : [];
  const args = ['--cards', String(options.cards ?? 2000), ...(options.lognormal ? ['--lognormal', options.lognormal] : []), ...ports];
  const child = await spawnNode({ name: 'simulators', script: path.join(BUILD, 'procs/simulators.js'), args, ready: /^SIMS / });
  const info = JSON.parse(child.readyLine.slice(5)) as Omit<Sims, 'child'>;
  return { child, ...info };
}

export const API_KEY = 'bench-key-0123456789abcdef';

export interface Gateway {
  child: Child;
  url: string;
}

/**
 * The request limits lifted for measuring: scenario 1 sends 1,000-alias queries, scenario 5 one
 * key at thousands of requests a minute. The fault drill (scenario 6) runs with the production
 * defaults instead.
 */
const BENCH_LIMITS = {
  MAX_QUERY_ALIASES: '5000',
  // A 1,000-alias query with four card fields is about 30,000 tokens.
  MAX_QUERY_TOKENS: '200000',
  MAX_UPSTREAM_CALLS_PER_REQUEST: '10000',
  RATE_LIMIT_REQUESTS_PER_MINUTE: '0',
  RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '0',
};

/**
 * The production settings that cost CPU per request, on: rate limits high enough that the
 * bench's one key at thousands of requests a second is never refused, but counted as in
 * production; the access log at `info` (its lines go to the bench's pipe, which reads them).
 */
export const AS_PRODUCTION = {
  LOG_LEVEL: 'info',
  RATE_LIMIT_REQUESTS_PER_MINUTE: '10000000',
  RATE_LIMIT_UPSTREAM_CALLS_PER_MINUTE: '100000000',
};

/** The environment `dist/main.js` reads, pointed at `sims`; `productionLimits` keeps the gateway's own defaults. */
export function gatewayEnv(sims: Sims, extra: Record<string, string> = {}, productionLimits = false): Record<string, string> {
  return {
    ...(productionLimits ? {} : BENCH_LIMITS),
    // Scenarios stop their gateways at once; the drill's SIGTERM row sets its own delay.
    SHUTDOWN_DELAY_MS: '0',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    SHINGSOU_TOKEN_URL: sims.shingsou.tokenUrl,
    SHINGSOU_BASE_URL: sims.shingsou.baseUrl,
    SHINGSOU_CLIENT_ID: sims.shingsou.clientId,
    SHINGSOU_CLIENT_SECRET: sims.shingsou.clientSecret,
    SHINGSOU_SUBSCRIPTION_KEY: sims.shingsou.subscriptionKey,
    CMIOT_BASE_URL: sims.cmiot.baseUrl,
    CMIOT_APPID: sims.cmiot.appid,
    CMIOT_PASSWORD: sims.cmiot.password,
    API_KEYS: `${API_KEY}=iot.cardservice.all iot.paymentservice.all`,
    ...extra,
  };
}

/**
 * SimGraph as production runs it (`node dist/main.js`), or a bench variant entry
 * (`bench/variants/gateway.ts`) given `variant` flags. `eld` preloads the event-loop-delay probe.
 */
export async function startGateway(
  sims: Sims,
  options: { env?: Record<string, string>; variant?: string[]; eld?: boolean; name?: string; productionLimits?: boolean } = {},
): Promise<Gateway> {
  const script = options.variant ? path.join(BUILD, 'variants/gateway.js') : path.join(ROOT, 'dist/main.js');
  const child = await spawnNode({
    name: options.name ?? 'gateway',
    script,
    args: options.variant ?? [],
    env: gatewayEnv(sims, options.env, options.productionLimits),
    ready: /GraphQL at http:\/\/[^:]+:\d+\/graphql/,
    ...(options.eld ? { preload: path.join(BUILD, 'procs/eld-preload.js'), ipc: true } : {}),
  });
  const port = /:(\d+)\/graphql/.exec(child.readyLine)![1];
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

/**
 * The unbatched Apollo Server + RESTDataSource baseline (`bench/baseline/server.ts`), or the
 * floor (`bench/baseline/floor.ts`: the query's upstream exchanges and an HTTP answer, no GraphQL).
 */
export async function startBaseline(sims: Sims, which: 'server' | 'floor' = 'server'): Promise<Gateway> {
  const child = await spawnNode({
    name: which === 'server' ? 'baseline' : 'floor',
    script: path.join(BUILD, `baseline/${which}.js`),
    env: gatewayEnv(sims),
    ready: /GraphQL at http:\/\/[^:]+:\d+\/graphql/,
  });
  const port = /:(\d+)\/graphql/.exec(child.readyLine)![1];
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

export interface RouteStats {
  calls: number;
  keys?: number[];
}
export interface SimStats {
  routes: Record<string, RouteStats>;
  tokenCalls: number;
  maxConcurrent: number;
}

export type Upstream = 'shingsou' | 'cmiot';

/** The simulators' admin surface: a `Sims` process, or `startSimulators()` in this process. */
export type SimOrigins = Pick<Sims, Upstream>;

export async function simStats(sims: SimOrigins, upstream: Upstream): Promise<SimStats> {
  const response = await request(`${sims[upstream].baseUrl}/__sim/stats`);
  return (await response.body.json()) as SimStats;
}

export async function resetStats(sims: SimOrigins): Promise<void> {
  for (const upstream of ['shingsou', 'cmiot'] as const) {
    const response = await request(`${sims[upstream].baseUrl}/__sim/reset`, { method: 'POST' });
    await response.body.text();
  }
}

export async function setKnobs(sims: Sims, upstream: Upstream, patch: Record<string, unknown>): Promise<void> {
  const response = await request(`${sims[upstream].baseUrl}/__sim/knobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
  const text = await response.body.text();
  if (response.statusCode >= 300) throw new Error(`knobs refused: ${text}`);
}

export interface GraphQLAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql(url: string, query: string): Promise<GraphQLAnswer> {
  const response = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY },
    body: JSON.stringify({ query }),
    headersTimeout: 120_000,
    bodyTimeout: 120_000,
  });
  return (await response.body.json()) as GraphQLAnswer;
}

/** A Shingsou bearer token for direct calls (scenario 3's "without the gateway" path). */
export async function shingsouToken(sims: Sims): Promise<string> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: sims.shingsou.clientId,
    client_secret: sims.shingsou.clientSecret,
    scope: 'iot.cardservice.all iot.paymentservice.all',
  });
  const response = await request(sims.shingsou.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  const body = (await response.body.json()) as { access_token: string };
  return body.access_token;
}
