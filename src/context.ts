import type { Logger } from 'pino';
import { createLoaders, type Loaders } from './loaders';
import type { Upstreams } from './upstreams';

/** What every resolver of one request sees. */
export interface GatewayContext {
  requestId: string;
  log: Logger;
  upstreams: Upstreams;
  loaders: Loaders;
}

export function createContext(upstreams: Upstreams, log: Logger, requestId: string): GatewayContext {
  return { requestId, log: log.child({ requestId }), upstreams, loaders: createLoaders(upstreams) };
}
