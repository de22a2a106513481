import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { GatewayContext } from '../schema/context';
import { demandControl } from '../schema/cost/demand-control';
import type { Upstreams } from '../upstreams';
import type { RedisConnection } from '../upstreams/redis';
import { DEMO_API_KEY, type ApiKeys } from './auth/api-keys';
import { API_KEY_HEADER, authenticate } from './auth/caller';
import { createContext, type FleetDeps } from './context';
import { requestDeadline } from './deadline';
import { graphqlEndpoint, isGraphQLPath } from './graphql-endpoint';
import { formatError } from './errors/format-error';
import { landingPage } from './explorer/landing-page';
import { DEFAULT_EXPLORER_DIR } from './explorer/manifest';
import { EXPLORER_PATH } from './explorer/page';
import { explorerRoutes } from './explorer/routes';
import { httpErrorHandler } from './errors/http-errors';
import { liveness, readiness, type Lifecycle } from './health';
import { metricsHandler, type GatewayMetrics } from './metrics';
import { operationLimitRules } from './operation-rules';
import { createRateLimits } from './rate-limit';
import { refusalLogging } from './refusal-log';
import { requestLogging } from './request-logging';
import { startSubscriptionServer } from './subscriptions/subscription-server';
import type { SubscriptionLimits } from './subscriptions/limits';

export interface GatewayDeps {
  schema: GraphQLSchema;
  upstreams: Upstreams;
  /** The process's Redis connection (`KEYV_URL`), the one the upstreams use; the caller closes it. */
  redis?: RedisConnection | undefined;
  /** The API key table, built once from `config.auth` at the composition root. */
  apiKeys: ApiKeys;
  log: Logger;
  /** The composition root's registry: served at `GET /metrics`. Absent with `METRICS=off`. */
  metrics?: GatewayMetrics | undefined;
  /** The explorer's bundle (`scripts/build-explorer.ts`); default `dist/explorer/`. Tests point it elsewhere. */
  explorerDir?: string | undefined;
  /**
   * The fleet store (and the sync's progress) built at the composition root; absent: `fleet` and
   * `fleetSummary` fail with FLEET_STORE_UNAVAILABLE and `maxAge` reads go live. The caller closes it.
   */
  fleet?: FleetDeps | undefined;
  /** Overrides of the WebSocket limits (`subscriptions/limits.ts`); tests lower them. */
  subscriptionLimits?: Partial<SubscriptionLimits> | undefined;
}

export interface Gateway {
  /** e.g. `http://localhost:4000/graphql`. */
  url: string;
  port: number;
  /** `/readyz` answers 503 from now on; requests are still served until `close()`. */
  beginShutdown(): void;
  /**
   * Stops accepting, closes WebSocket connections (1001 Going Away), lets in-flight requests finish
   * (bounded by their deadline), releases the pools. `onStep` hears each step as it begins, so a
   * shutdown that stalls can say where.
   */
  close(onStep?: (step: string) => void): Promise<void>;
}

/** A GraphQL request body larger than this is refused with 413 PAYLOAD_TOO_LARGE. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/** How long after its deadline a request may still be answering: the deadline's safety net. */
const DEADLINE_GRACE_MS = 1000;

/**
 * The longest the drain waits for requests in flight before cutting them: their deadline, its
 * safety net, and a second for the response to be written.
 */
export function drainPeriodMs(requestTimeoutMs: number): number {
  return requestTimeoutMs + DEADLINE_GRACE_MS + 1000;
}

/**
 * Starts the HTTP side: `/graphql` (Apollo Server 5 through its express 5 integration; its
 * subscriptions over WebSocket on the same path, `subscriptions/`), `/healthz`, `/readyz` and `/metrics`. The edge, in order: CORS, body limit, request id and deadline
 * (`http/deadline.ts`), API key and per-key request budget (context), then Apollo: token limit
 * (parse), depth and alias limits (validation), demand control (`schema/cost/`).
 */
export async function startGateway(config: Config, deps: GatewayDeps): Promise<Gateway> {
  const { edge } = config;
  const app = express();
  // No framework banner: it tells a scanner what to try, and nothing to a client.
  app.disable('x-powered-by');
  // POST and OPTIONS /graphql, nearly every request, skip express (`graphql-endpoint.ts`).
  let graphqlFastPath: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const httpServer: Server = createServer((req, res) => {
    if (graphqlFastPath && req.method !== 'GET' && isGraphQLPath(req.url)) graphqlFastPath(req, res);
    else app(req, res);
  });
  // Idle keep-alive connections outlive the client's and a load balancer's idle timeout (60 s on
  // most), so the client side closes them first: a request is never written onto a socket the
  // gateway is closing at that moment (ECONNRESET, seen under load with Node's 5 s default).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const production = config.nodeEnv === 'production';
  const lifecycle: Lifecycle = { shuttingDown: false };
  const rateLimits = createRateLimits({
    requestsPerMinute: edge.requestsPerMinute,
    upstreamCallsPerMinute: edge.upstreamCallsPerMinute,
    redis: deps.redis,
  });

  const apollo = new ApolloServer<GatewayContext>({
    schema: deps.schema,
    formatError,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGTERM: Apollo's own handler stopped the server at once (closing the listener
    // before the load balancer knew) and then re-raised the signal, killing the process (exit 143)
    // before the upstream pools and Redis had closed.
    stopOnTerminationSignals: false,
    // No "Did you mean ...?" in production: it reveals the schema that introspection hides.
    hideSchemaDetailsFromClientErrors: production,
    // graphql-js stops lexing past this many tokens: a 189 KB document of aliases is not parsed.
    parseOptions: { maxTokens: edge.maxQueryTokens },
    validationRules: operationLimitRules(edge),
    plugins: [
      // In-flight requests end by their deadline; the drain waits that long before cutting them.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: drainPeriodMs(edge.requestTimeoutMs) }),
      // The cache-control plugin wraps every field resolver; we set no cache hints (STYLE.md §5).
      ApolloServerPluginCacheControlDisabled(),
      // `EXPLORER=off` (the production default): no landing page, as no `/explorer`.
      config.explorer ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
      requestLogging({ log: deps.log, metrics: deps.metrics?.graphql }),
      refusalLogging(),
      demandControl({ schema: deps.schema, maxCalls: edge.maxUpstreamCallsPerRequest, chargeUpstreamCalls: rateLimits.takeUpstreamCalls }),
    ],
  });
  await apollo.start();

  app.get('/healthz', liveness);
  app.get('/readyz', readiness(() => deps.upstreams.readiness(), lifecycle));
  // On the gateway's own port, like the probes: one port to expose, and no API key (a scraper
  // has none). What it shows is counts by bounded labels, never a card, caller or URL.
  if (deps.metrics) app.get('/metrics', metricsHandler(deps.metrics.registry));
  if (config.explorer) {
    app.use(
      EXPLORER_PATH,
      explorerRoutes({
        dir: deps.explorerDir ?? DEFAULT_EXPLORER_DIR,
        log: deps.log,
        apiKeyHeader: API_KEY_HEADER,
        // The demo key is public and opens only simulators; any other key is never in a page.
        apiKey: deps.apiKeys.anonymousHasEveryScope ? DEMO_API_KEY : '',
      }),
    );
    app.get('/graphql', landingPage);
  }
  const graphql = graphqlEndpoint({
    apollo,
    cors: cors({ origin: edge.corsOrigins === '*' ? '*' : edge.corsOrigins.length > 0 ? [...edge.corsOrigins] : false }),
    deadline: requestDeadline({ timeoutMs: edge.requestTimeoutMs, graceMs: DEADLINE_GRACE_MS, log: deps.log }),
    bodyLimitBytes: BODY_LIMIT_BYTES,
    log: deps.log,
    context: async (req, flow) => {
      let caller;
      try {
        caller = authenticate(req.headers, deps.apiKeys);
      } catch (error) {
        // No API key, or an unknown one: refused before any context, so before the access line.
        deps.log.warn({ requestId: flow.id, reason: error instanceof Error ? error.message : 'unauthenticated' }, 'refused: unauthenticated');
        throw error;
      }
      try {
        await rateLimits.takeRequest(caller.id);
      } catch (error) {
        deps.log.warn({ requestId: flow.id, caller: caller.id, limit: 'requests' }, 'refused: rate limited');
        throw error;
      }
      return createContext(deps.upstreams, deps.log, flow, caller, deps.fleet);
    },
  });
  // A GET (a browser's landing page, a query in the URL) comes through express and its routes above.
  app.all('/graphql', graphql);
  graphqlFastPath = graphql;
  app.use(httpErrorHandler(deps.log));
  const subscriptions = startSubscriptionServer({
    httpServer,
    schema: deps.schema,
    apiKeys: deps.apiKeys,
    edge,
    production,
    rateLimits,
    context: (caller, flow) => createContext(deps.upstreams, deps.log, flow, caller, deps.fleet),
    log: deps.log,
    metrics: deps.metrics?.subscriptions,
    limits: deps.subscriptionLimits,
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${urlHost(config.host)}:${port}/graphql`,
    port,
    beginShutdown() {
      lifecycle.shuttingDown = true;
    },
    async close(onStep) {
      lifecycle.shuttingDown = true;
      // First: an upgraded socket keeps the HTTP server's close (the drain) waiting until it ends.
      onStep?.('closing WebSocket connections');
      await subscriptions.close();
      onStep?.('draining requests in flight');
      await apollo.stop();
      onStep?.('closing the upstream pools');
      await deps.upstreams.close();
    },
  };
}

/** The address to print: the one bound when it is a single address, else `localhost`. */
function urlHost(host: string | undefined): string {
  if (host === undefined || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
