import pino, { type Logger } from 'pino';
import { parseConfig, type Config } from '../../src/config';
import { pointAtSimulators } from '../../src/demo';
import { buildGatewaySchema } from '../../src/schema/build';
import { createApiKeys } from '../../src/http/auth/api-keys';
import { startGateway, type Gateway } from '../../src/http/server';
import { startSimulators, type RunningSimulators, type SimulatorOptions } from '../../src/simulators';
import type { Knobs } from '../../src/simulators/shared/knobs';
import { createUpstreams, type UpstreamOptions } from '../../src/upstreams';
import { connectRedis } from '../../src/upstreams/redis';

/**
 * The integration tier: both simulators and a gateway on free loopback ports, talking real
 * HTTP, as STYLE.md §7 asks. Each test reads the simulators' own call counts to assert which
 * upstream calls a query made.
 */

export interface RouteStats {
  calls: number;
  keys: number[];
}

export interface SimStats {
  routes: Record<string, RouteStats>;
  tokenCalls: number;
  maxConcurrent: number;
}

export interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Harness {
  simulators: RunningSimulators;
  /** The gateway's config, pointed at the simulators. */
  config: Config;
  gateway: Gateway;
  gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult>;
  /** The raw exchange, for a test of the HTTP edge (status, headers), with extra request headers. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  stats(upstream: 'shingsou' | 'cmiot'): Promise<SimStats>;
  /** Calls to one route id since the last reset; 0 when it was never called. */
  calls(upstream: 'shingsou' | 'cmiot', route: string): Promise<number>;
  resetStats(): Promise<void>;
  knobs(upstream: 'shingsou' | 'cmiot', patch: Partial<Knobs>): Promise<void>;
  /** Runs `run` while every call to one route fails with an injected 5xx. */
  withFailingRoute<T>(upstream: 'shingsou' | 'cmiot', route: string, run: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  simulators?: SimulatorOptions;
  /** Another harness's simulators to talk to (a second replica); they stay that harness's to close. */
  shareSimulatorsWith?: Pick<Harness, 'simulators'>;
  /** Environment for `parseConfig`, on top of a quiet test default. */
  env?: Record<string, string>;
  /** Edits the config after the simulators are known (e.g. drop CMIOT, break a secret). */
  config?: (config: Config) => Config;
  upstreams?: UpstreamOptions;
  /** The gateway's logger; silent by default. A test that reads log lines passes its own. */
  log?: Logger;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const shared = options.shareSimulatorsWith?.simulators;
  const simulators = shared ?? (await startSimulators({ cards: 300, ...options.simulators }));
  const base = parseConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', ...options.env });
  const pointed = pointAtSimulators(base, simulators);
  const config = options.config ? options.config(pointed) : pointed;
  // Composed as `app.ts` does: one Redis connection for the upstreams and the rate limits.
  const redis = config.keyvUrl ? connectRedis(config.keyvUrl, { log: options.upstreams?.log }) : undefined;
  const upstreams = createUpstreams(config, { ...options.upstreams, redis });
  const gateway = await startGateway(config, { schema: await buildGatewaySchema(), upstreams, redis, apiKeys: createApiKeys(config.auth), log: options.log ?? pino({ level: 'silent' }) });
  const origin = (upstream: 'shingsou' | 'cmiot') => simulators[upstream].baseUrl;

  const harness: Harness = {
    simulators,
    config,
    gateway,
    async gql(query, variables) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResult;
    },
    post(body, headers = {}) {
      return fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    },
    async stats(upstream) {
      const response = await fetch(`${origin(upstream)}/__sim/stats`);
      return (await response.json()) as SimStats;
    },
    async calls(upstream, route) {
      return (await harness.stats(upstream)).routes[route]?.calls ?? 0;
    },
    async resetStats() {
      await Promise.all(['shingsou', 'cmiot'].map((u) => fetch(`${origin(u as 'shingsou')}/__sim/reset`, { method: 'POST' })));
    },
    async knobs(upstream, patch) {
      const response = await fetch(`${origin(upstream)}/__sim/knobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(patch),
      });
      if (!response.ok) throw new Error(`knobs refused: ${await response.text()}`);
    },
    async withFailingRoute(upstream, route, run) {
      await harness.knobs(upstream, { errorRate: { [route]: 1 } });
      try {
        return await run();
      } finally {
        await harness.knobs(upstream, { errorRate: { [route]: 0 } });
      }
    },
    async close() {
      await gateway.close();
      await redis?.close();
      if (!shared) await simulators.close();
    },
  };
  return harness;
}
