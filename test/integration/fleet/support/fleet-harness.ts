import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import pino from 'pino';
import { parseConfig, type Config } from '../../../../src/config';
import { pointAtSimulators } from '../../../../src/demo';
import type { SyncProgress } from '../../../../src/domain/sync-progress';
import type { FleetStore } from '../../../../src/fleet-store/fleet-store';
import { createFleetStore } from '../../../../src/fleet-store/create-fleet-store';
import { createApiKeys } from '../../../../src/http/auth/api-keys';
import { startGateway, type Gateway } from '../../../../src/http/server';
import { buildGatewaySchema } from '../../../../src/schema/build';
import { startSimulators, type RunningSimulators } from '../../../../src/simulators';
import { createUpstreams, type Upstreams } from '../../../../src/upstreams';
import { dataRoutes, type GraphQLResult, type SimStats } from '../../../support/gateway';

/**
 * A gateway over the simulators with a real fleet store (in-memory PGlite, migrated), started
 * the way `app.ts` composes one (schema, upstreams, API keys, server) with `fleet` handed to the
 * edge. The tests seed the store through the gateway's own upstream layer (`fleet-seed.ts`): one
 * token per upstream, as the gateway itself would hold (a second client would take it over).
 *
 * `calls` counts every store method the gateway called, to show a refusal touched nothing.
 */
export interface FleetHarness {
  simulators: RunningSimulators;
  config: Config;
  upstreams: Upstreams;
  store: FleetStore;
  /** Store method → calls made through the gateway since the last reset. */
  storeCalls: Map<string, number>;
  gateway: Gateway;
  gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult>;
  stats(upstream: 'shingsou' | 'cmiot'): Promise<SimStats>;
  /** Data calls (token fetches aside) per upstream route since the last reset. */
  dataCalls(): Promise<Record<string, number>>;
  resetStats(): Promise<void>;
  close(): Promise<void>;
}

export interface FleetHarnessOptions {
  cards?: number;
  syncProgress?: () => SyncProgress;
}

export async function startFleetHarness(options: FleetHarnessOptions = {}): Promise<FleetHarness> {
  const simulators = await startSimulators({ cards: options.cards ?? 300 });
  const silent = pino({ level: 'silent' });
  const config = pointAtSimulators(parseConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent' }), simulators);
  const upstreams = createUpstreams(config, { log: silent });
  const real = await createFleetStore({ kind: 'memory' });
  const storeCalls = new Map<string, number>();
  const store = countingStore(real, storeCalls);
  const gateway = await startGateway(config, {
    schema: await buildGatewaySchema(),
    upstreams,
    apiKeys: createApiKeys(config.auth),
    log: silent,
    fleet: { store, syncProgress: options.syncProgress },
  });
  const origin = (upstream: 'shingsou' | 'cmiot') => simulators[upstream].baseUrl;
  const harness: FleetHarness = {
    simulators,
    config,
    upstreams,
    store: real,
    storeCalls,
    gateway,
    async gql(query, variables) {
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as GraphQLResult;
    },
    async stats(upstream) {
      return (await (await fetch(`${origin(upstream)}/__sim/stats`)).json()) as SimStats;
    },
    async dataCalls() {
      const calls: Record<string, number> = {};
      for (const upstream of ['shingsou', 'cmiot'] as const) {
        for (const [route, stats] of Object.entries(dataRoutes(await harness.stats(upstream)))) calls[`${upstream} ${route}`] = stats.calls;
      }
      return calls;
    },
    async resetStats() {
      storeCalls.clear();
      await Promise.all((['shingsou', 'cmiot'] as const).map((u) => fetch(`${origin(u)}/__sim/reset`, { method: 'POST' })));
    },
    async close() {
      await gateway.close();
      await real.close().catch(() => undefined);
      await simulators.close();
    },
  };
  return harness;
}

/** One harness per file, the simulators' counts and the store's reset before each test. */
export function useFleetHarness(options: FleetHarnessOptions = {}, seed?: (harness: FleetHarness) => Promise<void>): () => FleetHarness {
  let harness: FleetHarness | undefined;
  beforeAll(async () => {
    harness = await startFleetHarness(options);
    if (seed) await seed(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    await harness?.resetStats();
  });
  return () => {
    if (!harness) throw new Error('The fleet harness starts in beforeAll');
    return harness;
  };
}

/** The same store, every method call counted by name (reads and writes alike). */
function countingStore(store: FleetStore, calls: Map<string, number>): FleetStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** Sum of the values of a call-count record. */
export function total(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, n) => sum + n, 0);
}
