import type { Logger } from 'pino';
import { createLoaders, type Loaders } from '../loaders';
import type { Caller, GatewayContext } from '../schema/context';
import type { RequestFlow, Upstreams } from '../upstreams';

/**
 * One request's context: the upstream layer bound to its flow, its own loaders (never shared
 * between requests) and a logger naming it. All three are made on first use: `{ __typename }`,
 * a refused or an invalid request needs none, and the loaders are fourteen DataLoaders and two
 * lookup gates (bench/changes-kept.md).
 *
 * Apollo copies the context for each operation of a batch (own properties, same prototype), so
 * the lazy fields live on the instance and the getters on the prototype.
 */
class RequestContext implements GatewayContext {
  readonly requestId: string;
  private ownLog: Logger | undefined;
  private ownLoaders: Loaders | undefined;
  private ownUpstreams: Upstreams | undefined;

  constructor(
    readonly flow: RequestFlow,
    readonly caller: Caller,
    private readonly sharedUpstreams: Upstreams,
    private readonly rootLog: Logger,
  ) {
    this.requestId = flow.id;
  }

  get upstreams(): Upstreams {
    return (this.ownUpstreams ??= this.sharedUpstreams.forRequest(this.flow));
  }

  get log(): Logger {
    return (this.ownLog ??= this.rootLog.child({ requestId: this.requestId, caller: this.caller.id }));
  }

  get loaders(): Loaders {
    return (this.ownLoaders ??= createLoaders(this.upstreams));
  }
}

export function createContext(upstreams: Upstreams, log: Logger, flow: RequestFlow, caller: Caller): GatewayContext {
  return new RequestContext(flow, caller, upstreams, log);
}
