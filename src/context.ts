import type { Logger } from 'pino';
import type { Caller } from './auth/caller';
import { createLoaders, type Loaders } from './loaders';
import type { Upstreams } from './upstreams';

/** What every resolver of one request sees. */
export interface GatewayContext {
  requestId: string;
  caller: Caller;
  log: Logger;
  upstreams: Upstreams;
  loaders: Loaders;
}

export function createContext(upstreams: Upstreams, log: Logger, requestId: string, caller: Caller): GatewayContext {
  return { requestId, caller, log: log.child({ requestId, caller: caller.id }), upstreams, loaders: createLoaders(upstreams) };
}
