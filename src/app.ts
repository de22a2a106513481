import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import type { Config } from './config';
import { pointAtSimulators, startDemoUpstreams } from './demo';
import { buildGatewaySchema } from './schema/build';
import { createApiKeys } from './http/auth/api-keys';
import { createMetrics } from './http/metrics';
import { startGateway, type Gateway } from './http/server';
import type { SubscriptionLimits } from './http/subscriptions/limits';
import { createFleetStore } from './fleet-store/create-fleet-store';
import { createCardEventHub, type CardEventHubOptions } from './fleet-events/event-hub';
import { setUpFleetSync } from './fleet-sync';
import { startDeliveryWorker } from './webhooks/delivery-worker';
import { createWebhookAgent } from './webhooks/webhook-agent';
import type { FleetStore } from './fleet-store/fleet-store';
import { reopeningFleetStore, type ReopeningFleetStore } from './fleet-store/reopening-fleet-store';
import type { RunningSimulators } from './simulators';
import { createUpstreams, type UpstreamOptions } from './upstreams';
import { connectRedis } from './upstreams/redis';

export interface SimGraphOptions {
  /** The upstream layer's overrides (tests); its logger defaults to the gateway's. */
  upstreams?: UpstreamOptions;
  /**
   * Simulators already running to point the gateway at, instead of demo mode's own pair: the
   * tests' harness, whose pair several gateways (replicas) share. They stay the caller's to close.
   */
  simulators?: RunningSimulators;
  /** Edits the config once it points at the upstreams (tests: drop CMIOT, production mode, a bad secret). */
  configure?: (config: Config) => Config;
  /** The explorer's bundle directory (tests: a missing one); default `dist/explorer/`. */
  explorerDir?: string;
  /** A fleet store to use instead of the config's (tests); it stays the caller's to close. */
  fleetStore?: FleetStore;
  /** The event hub's timing (tests: a shorter poll, a smaller buffer). */
  eventHub?: Partial<Pick<CardEventHubOptions, 'pollMs' | 'callTimeoutMs' | 'bufferSize' | 'maxBackoffMs'>>;
  /** The WebSocket limits (tests: lower ones). */
  subscriptionLimits?: Partial<SubscriptionLimits>;
}

export interface SimGraph {
  /** The config the gateway runs with: pointed at the simulators in demo mode, then `configure`d. */
  config: Config;
  gateway: Gateway;
  /** Present in demo mode, and when given. */
  simulators: RunningSimulators | undefined;
  /**
   * The fleet index (`config.fleet.store`), or the one given. When it cannot open, its calls fail
   * with FLEET_STORE_UNAVAILABLE (and it tries again later) while the gateway serves live fields.
   */
  fleetStore: FleetStore;
  /** `onStep` hears each step as it begins (`main.ts` names the one a stalled shutdown is in). */
  close(onStep?: (step: string) => void): Promise<void>;
}

/**
 * The composition root: simulators when no upstream is configured, the process's one Redis
 * connection (`KEYV_URL`), the metrics registry, the upstream layer, the schema, the API key
 * table, the HTTP server.
 * `main.ts` calls it with the environment's config; the tests' harness (`test/support/gateway.ts`)
 * with theirs, so every integration test runs the gateway as it is composed here.
 */
export async function startSimGraph(config: Config, log: Logger, options: SimGraphOptions = {}): Promise<SimGraph> {
  const given = options.simulators;
  const demo = config.demo && !given ? await startDemoUpstreams(config) : undefined;
  const pointed = given ? pointAtSimulators(config, given) : (demo?.config ?? config);
  const effective = options.configure ? options.configure(pointed) : pointed;
  // One connection for tokens, caches, transids, account budgets and the per-key rate limits:
  // one command bound, one "Redis is down" state and one warning per transition for all of them.
  const upstreamLog = options.upstreams?.log ?? log;
  // This gateway's own registry, not prom-client's global one: replicas in one process (tests)
  // each count their own. Without it the upstream layer reports to its no-op recorder.
  const metrics = effective.metrics ? createMetrics(new Registry()) : undefined;
  const redis = effective.keyvUrl ? connectRedis(effective.keyvUrl, { log: upstreamLog }) : undefined;
  // A given store is open and the caller's; the config's opens in the background or at first use.
  const ownStore = options.fleetStore ? undefined : openFleetStore(effective, log);
  const fleetStore: FleetStore = options.fleetStore ?? ownStore ?? fleetStoreMissing();
  const storeIsOpen = ownStore && (() => ownStore.isOpen());
  const [schema, upstreams] = [await buildGatewaySchema(), createUpstreams(effective, { metrics: metrics?.upstream, ...options.upstreams, log: upstreamLog, redis })];
  // The sync (unless SYNC=off) fills the store in the background, inside the accounts' budgets.
  const fleetSync = setUpFleetSync({
    enabled: effective.fleet.sync,
    callsPerMinute: effective.fleet.syncCallsPerMinute,
    store: fleetStore,
    storeIsOpen,
    upstreams,
    registry: metrics?.registry,
    log,
    tuning: { passIntervalMs: effective.fleet.syncPassSeconds * 1000 },
  });
  // The store's events for this process's subscribers; it reads the store only while one listens.
  const events = createCardEventHub({ ...options.eventHub, store: fleetStore, storeIsOpen, log: log.child({ component: 'fleet-events' }) });
  // Every replica delivers webhooks; the store's claims keep one attempt of a delivery at a time.
  const webhookAgent = createWebhookAgent({ allowPrivate: effective.fleet.webhooksAllowPrivateUrls });
  const webhookWorker = startDeliveryWorker({ store: fleetStore, isOpen: storeIsOpen, agent: webhookAgent, log: log.child({ component: 'webhooks' }) });
  const gateway = await startGateway(effective, {
    schema,
    upstreams,
    redis,
    apiKeys: createApiKeys(effective.auth),
    log,
    metrics,
    explorerDir: options.explorerDir,
    fleet: { store: fleetStore, storeIsOpen, syncProgress: fleetSync.syncProgress, liveReads: fleetSync.liveReads, cardsChanged: fleetSync.cardsChanged, webhooksAllowPrivateUrls: effective.fleet.webhooksAllowPrivateUrls, events },
    subscriptionLimits: options.subscriptionLimits,
  });
  return {
    config: effective,
    gateway,
    simulators: given ?? demo?.simulators,
    fleetStore,
    async close(onStep) {
      // First: its upstream calls end before the pools close, its store calls before the store.
      onStep?.('stopping the fleet sync');
      await fleetSync.stop();
      onStep?.('stopping webhook deliveries');
      await webhookWorker.stop();
      await webhookAgent.close().catch(() => undefined);
      try {
        await gateway.close(onStep);
      } finally {
        // After the gateway (its WebSocket connections, and so the subscribers, are gone), before the store.
        onStep?.('stopping the fleet event feed');
        await events.close();
        // After the gateway: in-flight requests and the pools may still use them until then.
        onStep?.('closing Redis');
        await redis?.close();
        if (ownStore) {
          onStep?.('closing the fleet store');
          await ownStore.close().catch((error: unknown) => log.warn({ reason: (error as Error).message }, 'fleet store did not close cleanly'));
        }
      }
      // Only demo mode's own pair: given simulators are the caller's.
      onStep?.('stopping the simulators');
      await demo?.simulators.close();
    },
  };
}

/**
 * The config's fleet store. PostgreSQL and a data directory open now, in the background: a
 * database that is down is logged and retried, and never delays or stops the gateway. Demo mode's
 * in-memory PGlite opens at its first use (the sync's first pass), so a gateway that never reads
 * the fleet (most tests) does not pay PGlite's start (about 2 s of CPU and 200 MB).
 */
function openFleetStore(config: Config, log: Logger): ReopeningFleetStore {
  const storeLog = log.child({ component: 'fleet-store' });
  const store = reopeningFleetStore(() => createFleetStore(config.fleet.store, { log: storeLog }), { log: storeLog });
  if (config.fleet.store.kind !== 'memory') void store.ready();
  return store;
}

function fleetStoreMissing(): never {
  throw new Error('unreachable: a fleet store is either given or opened from the config');
}
