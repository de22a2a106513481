import type { Logger } from 'pino';
import { createLoaders } from '../loaders';
import type { Caller, GatewayContext } from '../schema/context';
import type { Upstreams } from '../upstreams';

/** One request's context: its own loaders (never shared between requests) and a logger naming it. */
export function createContext(upstreams: Upstreams, log: Logger, requestId: string, caller: Caller): GatewayContext {
  return { requestId, caller, log: log.child({ requestId, caller: caller.id }), upstreams, loaders: createLoaders(upstreams) };
}
