import type { Logger } from 'pino';
import type { Config } from './config';
import { startDemoUpstreams } from './demo';
import { buildGatewaySchema } from './schema/build';
import { startGateway, type Gateway } from './server';
import type { RunningSimulators } from './simulators';
import { createUpstreams, type UpstreamOptions } from './upstreams';

export interface SimGraph {
  gateway: Gateway;
  /** Present in demo mode. */
  simulators: RunningSimulators | undefined;
  close(): Promise<void>;
}

/**
 * The composition root: simulators when no upstream is configured, the upstream layer, the
 * schema, the HTTP server. `main.ts` calls it with the environment's config; tests with theirs.
 */
export async function startSimGraph(config: Config, log: Logger, options: UpstreamOptions = {}): Promise<SimGraph> {
  const demo = config.demo ? await startDemoUpstreams(config) : undefined;
  const effective = demo?.config ?? config;
  const [schema, upstreams] = [await buildGatewaySchema(), createUpstreams(effective, options)];
  const gateway = await startGateway(effective, { schema, upstreams, log });
  return {
    gateway,
    simulators: demo?.simulators,
    async close() {
      await gateway.close();
      await demo?.simulators.close();
    },
  };
}
