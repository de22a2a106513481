import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from 'pino';
import type { GatewayContext } from '../schema/context';
import type { RequestFlow } from '../upstreams';
import type { WithDeadline } from './deadline';
import { BodyRefusal, readJsonBody } from './json-body';

/**
 * `/graphql` on plain `node:http`: CORS, the body, the request's deadline and flow, then Apollo
 * Server's own `executeHTTPGraphQLRequest` (what every Apollo integration calls). It replaced
 * express 5 and `@as-integrations/express5` on this route, the one every request takes: the
 * router, body-parser, content negotiation and `res.send`'s ETag hashing were a third of the CPU
 * of a `{ __typename }` request (bench/changes-kept.md). The other routes (probes, metrics, the
 * explorer) stay on express, where a few microseconds do not matter.
 */

export interface GraphQLEndpointOptions {
  apollo: ApolloServer<GatewayContext>;
  /** `cors` middleware for this route, made once (`server.ts`). */
  cors: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
  deadline: WithDeadline;
  /** Builds the request's context: the API key, the request budget (`server.ts`). */
  context: (req: IncomingMessage, flow: RequestFlow) => Promise<GatewayContext>;
  bodyLimitBytes: number;
  log: Logger;
}

/** `/graphql`, with or without a query string: the route of the fast path and of WebSocket upgrades. */
export function isGraphQLPath(url: string | undefined): boolean {
  return url === '/graphql' || (url !== undefined && url.startsWith('/graphql?'));
}

export function graphqlEndpoint(options: GraphQLEndpointOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, deadline, log } = options;
  const execute = async (req: IncomingMessage, flow: RequestFlow, body: unknown) => {
    let contextAsked = false;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: toApolloRequest(req, body),
      context: () => {
        contextAsked = true;
        return options.context(req, flow);
      },
    });
    // Refused by Apollo before any context (CSRF prevention, a body that is no GraphQL request):
    // no access line follows, so the refusal is logged here, with its request id.
    if (!contextAsked && (response.status ?? 200) >= 400) {
      log.warn({ requestId: flow.id, status: response.status, reason: firstMessage(response) }, 'refused: invalid HTTP request');
    }
    return response;
  };

  return (req, res) => {
    options.cors(req, res, (corsError) => {
      if (corsError) return answerFailure(res, corsError, log);
      deadline(req, res, (flow) => {
        readJsonBody(req, options.bodyLimitBytes)
          .then((body) => execute(req, flow, body))
          .then((response) => writeResponse(res, response))
          .catch((error: unknown) => answerFailure(res, error, log));
      });
    });
  };
}

/** The first error message of a refusal Apollo answered (its own wording, never the request's). */
function firstMessage(response: HTTPGraphQLResponse): string | undefined {
  if (response.body.kind !== 'complete') return undefined;
  try {
    const parsed = JSON.parse(response.body.string) as { errors?: { message?: unknown }[] };
    const message = parsed.errors?.[0]?.message;
    return typeof message === 'string' ? message.slice(0, 200) : undefined;
  } catch {
    return response.body.string.slice(0, 200);
  }
}

function toApolloRequest(req: IncomingMessage, body: unknown): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  const raw = req.headers;
  for (const key in raw) {
    const value = raw[key];
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  return { method: (req.method ?? 'GET').toUpperCase(), headers, search: query >= 0 ? url.slice(query) : '', body };
}

async function writeResponse(res: ServerResponse, response: HTTPGraphQLResponse): Promise<void> {
  // The deadline's safety net answered first: Apollo's late answer has nowhere to go.
  if (res.headersSent) return;
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * A body refused before Apollo saw it gets a GraphQL-shaped 4xx with a code; anything else that
 * escaped Apollo, a coded 500. Only the kind of failure is logged, never the body.
 */
function answerFailure(res: ServerResponse, error: unknown, log: Logger): void {
  const refusal = error instanceof BodyRefusal ? error : undefined;
  if (refusal?.kind === 'aborted') return; // the client left; nobody to answer
  if (refusal) log.warn({ status: refusal.status, type: refusal.kind }, 'refused an HTTP body');
  else log.error({ err: error }, 'HTTP layer failed');
  if (res.headersSent) return;
  const { status, message, code } = refusal ? REFUSALS[refusal.kind] : INTERNAL;
  // A refused body may still be arriving: close the connection rather than read the rest.
  if (refusal) res.setHeader('connection', 'close');
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

const REFUSALS: Record<Exclude<BodyRefusal['kind'], 'aborted'>, { status: number; message: string; code: string }> = {
  'too-large': { status: 413, message: 'Request body too large (1 MB at most)', code: 'PAYLOAD_TOO_LARGE' },
  'not-json': { status: 400, message: 'Request body is not valid JSON', code: 'BAD_REQUEST' },
  'unsupported-charset': { status: 415, message: 'Request body must be JSON in UTF-8', code: 'UNSUPPORTED_MEDIA_TYPE' },
  'unsupported-encoding': { status: 415, message: 'Request body must not be compressed (Content-Encoding)', code: 'UNSUPPORTED_MEDIA_TYPE' },
};

const INTERNAL = { status: 500, message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' };
