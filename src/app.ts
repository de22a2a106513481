import type { Logger } from 'pino';
import type { Config } from './config';
import { startDemoUpstreams } from './demo';
import { buildGatewaySchema } from './schema/build';
import { createApiKeys } from './http/auth/api-keys';
import { startGateway, type Gateway } from './http/server';
import type { RunningSimulators } from './simulators';
import { createUpstreams, type UpstreamOptions } from './upstreams';
import { connectRedis } from './upstreams/redis';

export interface SimGraph {
  gateway: Gateway;
  /** Present in demo mode. */
  simulators: RunningSimulators | undefined;
  /** `onStep` hears each step as it begins (`main.ts` names the one a stalled shutdown is in). */
  close(onStep?: (step: string) => void): Promise<void>;
}

/**
 * The composition root: simulators when no upstream is configured, the process's one Redis
 * connection (`KEYV_URL`), the upstream layer, the schema, the API key table, the HTTP server. `main.ts` calls it
 * with the environment's config; tests with theirs.
 */
export async function startSimGraph(config: Config, log: Logger, options: UpstreamOptions = {}): Promise<SimGraph> {
  const demo = config.demo ? await startDemoUpstreams(config) : undefined;
  const effective = demo?.config ?? config;
  // One connection for tokens, caches, transids, account budgets and the per-key rate limits:
  // one command bound, one "Redis is down" state and one warning per transition for all of them.
  const upstreamLog = options.log ?? log;
  const redis = effective.keyvUrl ? connectRedis(effective.keyvUrl, { log: upstreamLog }) : undefined;
  const [schema, upstreams] = [await buildGatewaySchema(), createUpstreams(effective, { ...options, log: upstreamLog, redis })];
  const gateway = await startGateway(effective, { schema, upstreams, redis, apiKeys: createApiKeys(effective.auth), log });
  return {
    gateway,
    simulators: demo?.simulators,
    async close(onStep) {
      try {
        await gateway.close(onStep);
      } finally {
        // After the gateway: in-flight requests and the pools may still use it until then.
        onStep?.('closing Redis');
        await redis?.close();
      }
      onStep?.('stopping the simulators');
      await demo?.simulators.close();
    },
  };
}
