import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { CloseCode, handleProtocols, makeServer, type Context } from 'graphql-ws';
import type { Logger } from 'pino';
import WebSocket, { WebSocketServer } from 'ws';
import type { EdgeConfig } from '../../config';
import type { Caller, GatewayContext } from '../../schema/context';
import type { RequestFlow } from '../../upstreams';
import type { ApiKeys } from '../auth/api-keys';
import { timedFlow } from '../deadline';
import { isGraphQLPath } from '../graphql-endpoint';
import { NO_SUBSCRIPTION_METRICS, type SubscriptionMetrics } from '../metrics';
import type { RateLimits } from '../rate-limit';
import { connectionCaller } from './connection-caller';
import { subscribeWithEventContexts, type PlannedExecutionArgs } from './event-results';
import { DEFAULT_SUBSCRIPTION_LIMITS, type SubscriptionLimits } from './limits';
import { formatSocketError, formatSocketResult, tooManySubscriptions } from './socket-errors';
import { subscribeChecks } from './subscribe-checks';

export interface SubscriptionServerOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  apiKeys: ApiKeys;
  edge: EdgeConfig;
  production: boolean;
  rateLimits: RateLimits;
  /** A context as HTTP builds one (`http/context.ts`): for a subscription's start, and for each of its events. */
  context(caller: Caller, flow: RequestFlow): GatewayContext;
  log: Logger;
  metrics?: SubscriptionMetrics | undefined;
  /** Overrides of `DEFAULT_SUBSCRIPTION_LIMITS`. */
  limits?: Partial<SubscriptionLimits> | undefined;
}

export interface SubscriptionServer {
  /** Refuses new connections, closes the open ones with 1001 Going Away, cuts those still open after the grace. */
  close(): Promise<void>;
}

/** What graphql-ws keeps of one connection (`Context.extra`). */
interface Connection {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
  readonly id: string;
  /** Known once `connection_init` is accepted. */
  caller?: Caller;
}

/** A standard close code (RFC 6455 registry): the server is at a limit, retry later. */
const TRY_AGAIN_LATER = 1013;
const GOING_AWAY = 1001;

/**
 * GraphQL over WebSocket on the gateway's own port and path (`/graphql`), in the graphql-ws
 * protocol (`graphql-transport-ws`), beside Apollo's HTTP. The connection's API key is checked as
 * HTTP checks it (`connection-caller.ts`, close 4403 when refused); each `subscribe` passes the HTTP
 * path's checks (`subscribe-checks.ts`) and request budget, and runs with a context built as HTTP
 * builds one, each event with its own (`event-results.ts`).
 *
 * graphql-ws's own `use/ws` is a starter its authors invite copying; this adapter is that starter
 * with pino for its `console.error`s, our bounds (connections in all and per key, message size,
 * keep-alive) and a close that is bounded. (Its `graphql-ws/use/ws` subpath is also beyond this
 * project's `moduleResolution: node10`; the package root exports `makeServer`.)
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): SubscriptionServer {
  const limits: SubscriptionLimits = { ...DEFAULT_SUBSCRIPTION_LIMITS, ...options.limits };
  const metrics = options.metrics ?? NO_SUBSCRIPTION_METRICS;
  const log = options.log.child({ component: 'subscriptions' });
  const checks = subscribeChecks(options.schema, options.edge, options.production);
  const perKey = new Map<string, number>();
  let closing = false;

  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, handleProtocols: (protocols) => handleProtocols(protocols) });
  const server = makeServer<Record<string, unknown>, Connection>({
    schema: options.schema,
    connectionInitWaitTimeout: limits.connectionInitWaitMs,
    onConnect(ctx) {
      const connection = ctx.extra;
      let caller: Caller;
      try {
        caller = connectionCaller(ctx.connectionParams, connection.request.headers, options.apiKeys);
      } catch (error) {
        log.warn({ connection: connection.id, reason: error instanceof Error ? error.message : 'unauthenticated' }, 'refused: unauthenticated');
        return false; // graphql-ws closes it 4403 Forbidden
      }
      const open = perKey.get(caller.id) ?? 0;
      if (open >= limits.maxConnectionsPerKey) {
        log.warn({ connection: connection.id, caller: caller.id, limit: limits.maxConnectionsPerKey }, 'refused: too many WebSocket connections for this key');
        connection.socket.close(TRY_AGAIN_LATER, 'Too many connections for this API key');
        return false;
      }
      perKey.set(caller.id, open + 1);
      connection.caller = caller;
      return true;
    },
    async onSubscribe(ctx, _id, payload) {
      const caller = ctx.extra.caller;
      if (!caller) return undefined; // unreachable: graphql-ws takes no subscribe before the acknowledgement
      const requestId = randomUUID();
      const opLog = log.child({ requestId, caller: caller.id, connection: ctx.extra.id });
      if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
        opLog.warn({ limit: limits.maxSubscriptionsPerConnection }, 'refused: too many subscriptions on one connection');
        return [tooManySubscriptions(limits.maxSubscriptionsPerConnection)];
      }
      const checked = checks.check(payload, opLog);
      if (!checked.ok) {
        opLog.warn({ operationName: payload.operationName, codes: checked.errors.map((error) => error.extensions['code']) }, 'refused: invalid subscription');
        return checked.errors;
      }
      try {
        await options.rateLimits.takeRequest(caller.id);
      } catch (error) {
        opLog.warn({ limit: 'requests' }, 'refused: rate limited');
        if (error instanceof GraphQLError) return [error];
        throw error;
      }
      const start = timedFlow(requestId, options.edge.requestTimeoutMs);
      const args: PlannedExecutionArgs = {
        schema: options.schema,
        document: checked.document,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: options.context(caller, start.flow),
        plan: { requestId, caller, operationName: payload.operationName ?? undefined, callsPerEvent: checked.callsPerEvent, endSubscribePhase: start.end, log: opLog },
      };
      return args;
    },
    subscribe: subscribeWithEventContexts({
      eventContext(caller, requestId) {
        const { flow, end } = timedFlow(requestId, options.edge.requestTimeoutMs);
        return { context: options.context(caller, flow), end };
      },
      chargeUpstreamCalls: options.rateLimits.takeUpstreamCalls,
      metrics,
    }),
    onNext: (ctx, _id, _payload, args, result) => formatSocketResult(result, (args as Partial<PlannedExecutionArgs>).plan?.log ?? log.child({ connection: ctx.extra.id })),
    onError: (ctx, _id, _payload, errors) => errors.map((error) => formatSocketError(error, log.child({ connection: ctx.extra.id }))),
    onClose(ctx: Context<Record<string, unknown>, Connection>) {
      const caller = ctx.extra.caller;
      if (!caller) return;
      const open = (perKey.get(caller.id) ?? 1) - 1;
      if (open > 0) perKey.set(caller.id, open);
      else perKey.delete(caller.id);
    },
  });

  const opened = (socket: WebSocket, request: IncomingMessage) => {
    const connection: Connection = { socket, request, id: randomUUID() };
    metrics.connectionOpened();
    // A connection that did not answer the last ping by the next one is gone (a NAT dropped it): cut it.
    let answered = true;
    const keepAlive = setInterval(() => {
      if (!answered) return socket.terminate();
      answered = false;
      socket.ping();
    }, limits.keepAliveMs);
    keepAlive.unref();
    socket.on('pong', () => (answered = true));
    socket.on('error', (error) => log.warn({ connection: connection.id, reason: error.message }, 'WebSocket connection failed'));
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== WebSocket.OPEN) return resolve();
            // Resolves once written: a slow reader slows its subscriptions, whose feeds then fill (`fleet-events/`).
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data: WebSocket.RawData) => {
            handle(String(data)).catch((error: unknown) => {
              log.error({ connection: connection.id, err: error }, 'WebSocket message failed');
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      connection,
    );
    socket.once('close', (code: number, reason: Buffer) => {
      clearInterval(keepAlive);
      metrics.connectionClosed();
      closed(code, reason.toString()).catch((error: unknown) => log.error({ connection: connection.id, err: error }, 'WebSocket close handling failed'));
    });
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!isGraphQLPath(request.url)) return refuseUpgrade(socket, 404, 'Not Found');
    if (closing) return refuseUpgrade(socket, 503, 'Service Unavailable');
    if (!originAllowed(request, options.edge.corsOrigins)) {
      log.warn({ origin: request.headers.origin }, 'refused: WebSocket from an origin CORS does not allow');
      return refuseUpgrade(socket, 403, 'Forbidden');
    }
    if (wss.clients.size >= limits.maxConnections) {
      log.warn({ limit: limits.maxConnections }, 'refused: too many WebSocket connections');
      return refuseUpgrade(socket, 503, 'Service Unavailable');
    }
    wss.handleUpgrade(request, socket, head, (ws) => opened(ws, request));
  };
  options.httpServer.on('upgrade', onUpgrade);

  return {
    async close() {
      closing = true;
      options.httpServer.off('upgrade', onUpgrade);
      const open = [...wss.clients];
      for (const socket of open) socket.close(GOING_AWAY, 'Server shutting down');
      await Promise.race([Promise.all(open.map((socket) => closedPromise(socket))), delay(limits.closeGraceMs)]);
      for (const socket of wss.clients) socket.terminate();
      await Promise.race([new Promise<void>((resolve) => wss.close(() => resolve())), delay(limits.closeGraceMs)]);
    },
  };
}

/**
 * A browser page may open a WebSocket to any host, and CORS does not apply to it: the upgrade's
 * `Origin` is held to the same list as HTTP's CORS (`CORS_ORIGINS`), and the gateway's own pages
 * (the explorer) are always allowed. Clients other than browsers send no `Origin`.
 */
function originAllowed(request: IncomingMessage, corsOrigins: EdgeConfig['corsOrigins']): boolean {
  const origin = request.headers.origin;
  if (origin === undefined || corsOrigins === '*' || corsOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Answers an upgrade that will not be one with a plain HTTP status, and ends the socket. */
function refuseUpgrade(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

function closedPromise(socket: WebSocket): Promise<void> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => socket.once('close', () => resolve()));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
