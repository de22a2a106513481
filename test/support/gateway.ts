import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import pino, { type Logger } from 'pino';
import { startSimGraph } from '../../src/app';
import { parseConfig, type Config } from '../../src/config';
import type { Gateway } from '../../src/http/server';
import { startSimulators, type RunningSimulators, type SimulatorOptions } from '../../src/simulators';
import type { Knobs } from '../../src/simulators/shared/knobs';
import type { UpstreamOptions } from '../../src/upstreams';

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
  /** The explorer's bundle directory; default `dist/explorer/`. */
  explorerDir?: string;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const shared = options.shareSimulatorsWith?.simulators;
  const simulators = shared ?? (await startSimulators({ cards: 300, ...options.simulators }));
  const silent = pino({ level: 'silent' });
  // Through the composition root, as `npm start` runs it; the upstream layer stays silent unless
  // the test passes its own logger for it (`startSimGraph` would otherwise give it the gateway's).
  const app = await startSimGraph(parseConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', SYNC: 'off', ...options.env }), options.log ?? silent, {
    simulators,
    configure: options.config,
    explorerDir: options.explorerDir,
    upstreams: { ...options.upstreams, log: options.upstreams?.log ?? silent },
  });
  const { config, gateway } = app;
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
      await app.close();
      if (!shared) await simulators.close();
    },
  };
  return harness;
}

/**
 * The block every integration file repeated: one harness for the file, started before its first
 * test and closed after its last, with the simulators' call counts reset before each test (unless
 * `resetStats: false`: a file whose tests read counts across tests, or never read them). Returns
 * a getter: the harness exists only once `beforeAll` has run.
 */
export function useHarness(options: HarnessOptions = {}, { resetStats = true }: { resetStats?: boolean } = {}): () => Harness {
  let harness: Harness | undefined;
  const current = (): Harness => {
    if (!harness) throw new Error('The harness starts in beforeAll: read it inside a hook or a test');
    return harness;
  };
  beforeAll(async () => {
    harness = await startHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  if (resetStats) {
    beforeEach(async () => {
      await current().resetStats();
    });
  }
  return current;
}

/** The token endpoints' route ids (Shingsou's IdentityServer, CMIOT's v5 token). */
const TOKEN_ROUTES: ReadonlySet<string> = new Set(['token', 'v5/get/token']);

/** The routes called for data, token fetches aside (the first request of a harness makes them). */
export function dataRoutes(stats: SimStats): Record<string, RouteStats> {
  return Object.fromEntries(Object.entries(stats.routes).filter(([route]) => !TOKEN_ROUTES.has(route)));
}

/**
 * Another client of the same Shingsou application fetches a token, as a second server of the
 * customer's would: with one active token per client (`shingsou.md` §2.1, 覆盖) the gateway's
 * token dies. Resolves with the HTTP status of that token request.
 */
export async function takeShingsouTokenOver(simulators: Pick<RunningSimulators, 'shingsou'>): Promise<number> {
  const { shingsou } = simulators;
  const response = await fetch(shingsou.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: shingsou.clientId, client_secret: shingsou.clientSecret }),
  });
  await response.text();
  return response.status;
}
