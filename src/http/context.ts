import type { Logger } from 'pino';
import { createLoaders, type Loaders } from '../loaders';
import type { Caller, GatewayContext } from '../schema/context';
import type { Upstreams } from '../upstreams';

/**
 * One request's context: its own loaders (never shared between requests) and a logger naming it.
 * Both are made on first use: `{ __typename }`, a refused or an invalid request needs neither,
 * and the loaders are fourteen DataLoaders and two lookup gates (bench/changes-kept.md).
 *
 * Apollo copies the context for each operation of a batch (own properties, same prototype), so
 * the lazy fields live on the instance and the getters on the prototype.
 */
class RequestContext implements GatewayContext {
  private ownLog: Logger | undefined;
  private ownLoaders: Loaders | undefined;

  constructor(
    readonly requestId: string,
    readonly caller: Caller,
    readonly upstreams: Upstreams,
    private readonly rootLog: Logger,
  ) {}

  get log(): Logger {
    return (this.ownLog ??= this.rootLog.child({ requestId: this.requestId, caller: this.caller.id }));
  }

  get loaders(): Loaders {
    return (this.ownLoaders ??= createLoaders(this.upstreams));
  }
}

export function createContext(upstreams: Upstreams, log: Logger, requestId: string, caller: Caller): GatewayContext {
  return new RequestContext(requestId, caller, upstreams, log);
}
