import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { authenticate } from './auth/caller';
import type { Config } from './config';
import { createContext, type GatewayContext } from './context';
import { httpErrorHandler } from './http-errors';
import { requestLogging } from './request-logging';
import { formatError } from './schema/format-error';
import { requestFlow } from './upstreams/fair-queue';
import type { Upstreams } from './upstreams';

export interface GatewayDeps {
  schema: GraphQLSchema;
  upstreams: Upstreams;
  log: Logger;
}

export interface Gateway {
  /** e.g. `http://localhost:4000/graphql`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the HTTP side: `/graphql` (Apollo Server 5 through its express 5 integration) and
 * `/healthz`. Closing drains in-flight requests, then releases the upstream pools.
 */
export async function startGateway(config: Config, deps: GatewayDeps): Promise<Gateway> {
  const app = express();
  const httpServer: Server = createServer(app);
  const production = config.nodeEnv === 'production';

  const apollo = new ApolloServer<GatewayContext>({
    schema: deps.schema,
    formatError,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The cache-control plugin wraps every field resolver; we set no cache hints (STYLE.md §5).
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
      requestLogging,
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '1mb' }),
    // After the body is read, so that everything the operation does runs inside its flow.
    (req: Request, res: Response, next: NextFunction) => {
      const header = req.headers['x-request-id'];
      const requestId = typeof header === 'string' && header.length <= 128 ? header : randomUUID();
      res.locals['requestId'] = requestId;
      requestFlow.run({ id: requestId }, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals['requestId']);
        return createContext(deps.upstreams, deps.log, requestId, authenticate(req.headers, config.auth));
      },
    }),
  );
  app.use(httpErrorHandler(deps.log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    async close() {
      await apollo.stop();
      await deps.upstreams.close();
    },
  };
}
