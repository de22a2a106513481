import 'reflect-metadata';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { createClient } from '@keyv/redis';
import cors from 'cors';
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import { scopeAuthChecker } from '../../src/schema/auth-checker';
import { createApiKeys } from '../../src/http/auth/api-keys';
import { authenticate } from '../../src/http/auth/caller';
import { parseConfig } from '../../src/config';
import { createContext } from '../../src/http/context';
import { requestDeadline } from '../../src/http/deadline';
import { graphqlEndpoint } from '../../src/http/graphql-endpoint';
import type { GatewayContext } from '../../src/schema/context';
import { createLogger } from '../../src/logger';
import { requestLogging } from '../../src/http/request-logging';
import { formatError } from '../../src/http/errors/format-error';
import { RESOLVERS } from '../../src/schema/resolvers';
import { createUpstreams } from '../../src/upstreams';
import { UpstreamHttp, type HttpRequest, type HttpResponse } from '../../src/upstreams/http';

/**
 * SimGraph composed from its own src/ pieces the way `src/http/server.ts` and `src/schema/build.ts`
 * do, with one known cost switched on per flag, so "Make it fast" measures each on SimGraph
 * itself without editing src/. With no flag it is the production composition.
 *
 *   --cache-control      Apollo's cache-control plugin left on (src/http/server.ts disables it)
 *   --global-middleware  one no-op type-graphql global middleware (wraps every field)
 *   --fetch              upstream calls through global fetch instead of undici.request
 *   --await-redis        an awaited Redis GET before `Query.card` reaches `loader.load()`
 */

const flags = new Set(process.argv.slice(2));

const noop: MiddlewareFn = async (_action, next) => next();

/** The same exchange as `UpstreamHttp` (src/upstreams/http.ts), over global fetch. */
function useGlobalFetch(): void {
  type Internals = { options: { upstream: string; timeoutMs: number }; error(code: string, message: string, upstreamCode?: string): Error };
  const prototype = UpstreamHttp.prototype as unknown as { exchange(this: Internals, req: HttpRequest): Promise<HttpResponse> };
  prototype.exchange = async function exchange(this: Internals, req: HttpRequest): Promise<HttpResponse> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(req.url, { method: req.method, headers: req.headers, body: req.body, signal: AbortSignal.timeout(this.options.timeoutMs) });
      text = await response.text();
    } catch {
      throw this.error('UPSTREAM_UNAVAILABLE', `${this.options.upstream} could not be reached`);
    }
    if (response.status === 429 || response.status >= 500) {
      throw this.error('UPSTREAM_UNAVAILABLE', `${this.options.upstream} answered HTTP ${response.status}`, String(response.status));
    }
    return { status: response.status, headers: Object.fromEntries(response.headers), text };
  };
}

/** Wraps `Query.card` so a Redis round trip comes before the resolver's `load()`. */
async function awaitRedisBeforeLoad(schema: GraphQLSchema, redisUrl: string): Promise<void> {
  const client = createClient({ url: redisUrl });
  await client.connect();
  const field = schema.getQueryType()!.getFields()['card']!;
  const original = field.resolve as GraphQLFieldResolver<unknown, GatewayContext>;
  field.resolve = async (source, args, context, info) => {
    await client.get('simgraph::token:shingsou:simgraph-demo');
    return original(source, args, context, info);
  };
}

async function main(): Promise<void> {
  if (flags.has('--fetch')) useGlobalFetch();
  const config = parseConfig(process.env);
  const log = createLogger(config.logLevel);
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    authChecker: scopeAuthChecker,
    authMode: 'error',
    ...(flags.has('--global-middleware') ? { globalMiddlewares: [noop] } : {}),
  });
  if (flags.has('--await-redis')) {
    const redisUrl = process.env['AWAIT_REDIS_URL'] ?? config.keyvUrl;
    if (!redisUrl) throw new Error('--await-redis needs AWAIT_REDIS_URL (scenario 5 starts a redis-server of its own)');
    await awaitRedisBeforeLoad(schema, redisUrl);
  }
  const upstreams = createUpstreams(config);
  const apiKeys = createApiKeys(config.auth);

  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => void res.writeHead(503).end();
  const httpServer = createServer((req, res) => {
    if (req.url === '/healthz') res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    else handle(req, res);
  });
  const plugins: ApolloServerPlugin<GatewayContext>[] = [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), requestLogging({ log })];
  if (!flags.has('--cache-control')) plugins.push(ApolloServerPluginCacheControlDisabled());
  const apollo = new ApolloServer<GatewayContext>({ schema, formatError, introspection: false, includeStacktraceInErrorResponses: false, plugins });
  await apollo.start();
  handle = graphqlEndpoint({
    apollo,
    cors: cors(),
    deadline: requestDeadline({ timeoutMs: config.edge.requestTimeoutMs, log }),
    bodyLimitBytes: 1024 * 1024,
    log,
    context: async (req, flow) => createContext(upstreams, log, flow, authenticate(req.headers, apiKeys)),
  });
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, () => resolve()));
  const { port } = httpServer.address() as AddressInfo;
  process.stdout.write(`SimGraph variant [${[...flags].join(' ') || 'production composition'}]: GraphQL at http://127.0.0.1:${port}/graphql\n`);
  process.once('SIGTERM', () => void apollo.stop().then(() => upstreams.close()).then(() => process.exit(0)));
}

void main();
