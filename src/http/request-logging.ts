import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isUpstreamError } from '../upstreams/errors';
import type { GatewayContext } from '../schema/context';
import type { GraphQLMetrics, OperationType, RequestOutcome } from './metrics';

export interface RequestLoggingOptions {
  /** The gateway's logger: the access line names the request itself, with no child logger. */
  log: Logger;
  /** Counts and times each request; absent with `METRICS=off`. */
  metrics?: GraphQLMetrics | undefined;
}

/** A client-chosen operation name is logged, never used as a label; this bounds the line. */
const MAX_NAME_LENGTH = 100;

/**
 * The request's log: one access line per GraphQL request at info (request id, caller id,
 * operation name and type, duration, HTTP status, error codes, upstream exchanges made for it),
 * the original of every masked error, and upstream failures by code. Never variables, headers or
 * the query text: they may hold an ID number or a merchant key. Request-level hooks only, so it
 * costs nothing per field (STYLE.md: no global middleware); the metrics of the request are
 * recorded in the same hook.
 *
 * A request refused before Apollo starts it (no API key, the rate limit, an invalid HTTP
 * request) has no access line: those are logged where they are refused (`server.ts`,
 * `refusal-log.ts`).
 */
export function requestLogging(options: RequestLoggingOptions): ApolloServerPlugin<GatewayContext> {
  const { log, metrics } = options;
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isUpstreamError(original)) {
              contextValue.log.warn(
                { upstream: original.upstream, code: original.code, upstreamCode: original.upstreamCode, path: error.path },
                original.message,
              );
            } else if (!error.extensions?.['code'] || error.extensions['code'] === 'INTERNAL_SERVER_ERROR') {
              contextValue.log.error({ err: original, path: error.path }, 'unexpected error');
            }
          }
        },
        async willSendResponse({ contextValue, operation, request, response }) {
          const seconds = (performance.now() - started) / 1000;
          const type: OperationType = operation?.operation ?? 'unknown';
          // The formatted errors, as the client sees them: masked ones read INTERNAL_SERVER_ERROR.
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : response.body.initialResult.errors;
          const codes = errorCodes(errors);
          metrics?.request(type, codes.length === 0 ? 'ok' : outcomeOf(codes[0] as string), seconds);
          log.info(
            {
              requestId: contextValue.requestId,
              caller: contextValue.caller.id,
              operationName: (operation?.name?.value ?? request.operationName ?? null)?.slice(0, MAX_NAME_LENGTH) ?? null,
              operationType: type,
              durationMs: Math.round(seconds * 10_000) / 10,
              status: response.http.status ?? 200,
              errorCodes: codes,
              upstreamCalls: contextValue.flow.upstreamCalls,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/** Each distinct `extensions.code`, in order of first appearance. */
function errorCodes(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  if (!errors) return [];
  const codes: string[] = [];
  for (const error of errors) {
    const code = error.extensions?.['code'];
    const name = typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
    if (!codes.includes(name)) codes.push(name);
  }
  return codes;
}

const OUTCOMES: Readonly<Record<string, RequestOutcome>> = {
  DEADLINE_EXCEEDED: 'deadline',
  GRAPHQL_PARSE_FAILED: 'invalid',
  GRAPHQL_VALIDATION_FAILED: 'invalid',
  BAD_USER_INPUT: 'invalid',
  BAD_REQUEST: 'invalid',
  OPERATION_RESOLUTION_FAILURE: 'invalid',
  PERSISTED_QUERY_NOT_FOUND: 'invalid',
  PERSISTED_QUERY_NOT_SUPPORTED: 'invalid',
  QUERY_TOO_EXPENSIVE: 'refused',
  RATE_LIMITED: 'refused',
  UNAUTHENTICATED: 'auth',
  FORBIDDEN: 'auth',
  NOT_FOUND: 'not_found',
  // Upstream refusals with a code of their own (`schema/refusal-codes.ts`).
  INSUFFICIENT_BALANCE: 'upstream',
  BILL_NOT_READY: 'upstream',
  WECHAT_CODE_INVALID: 'upstream',
};

/** The metrics' outcome class of an error code; any code not listed is `internal`. */
function outcomeOf(code: string): RequestOutcome {
  if (code.startsWith('UPSTREAM_')) return 'upstream';
  return OUTCOMES[code] ?? 'internal';
}
