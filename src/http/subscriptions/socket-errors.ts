import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { formatError } from '../errors/format-error';

/** A document graphql-js could not parse (or longer than the token limit): Apollo's code for it over HTTP. */
export function parseFailed(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { source: error.source, positions: error.positions, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
}

/**
 * A document the validation rules refused (GraphQL's own, depth, aliases): Apollo's code for it over
 * HTTP. In production without "Did you mean ...?", as Apollo's `hideSchemaDetailsFromClientErrors`.
 */
export function validationFailed(error: GraphQLError, hideSuggestions: boolean): GraphQLError {
  const message = hideSuggestions ? error.message.replace(/ ?Did you mean(.+?)\?$/, '') : error.message;
  return new GraphQLError(message, { nodes: error.nodes, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } });
}

/** No operation, or not the one named: Apollo's code for it over HTTP. */
export function operationNotFound(operationName: string | null | undefined): GraphQLError {
  const message = operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
}

/** Queries and mutations have one path, HTTP, with its deadline and per-request limits. */
export function notASubscription(): GraphQLError {
  return new GraphQLError('The WebSocket carries subscriptions only: send queries and mutations over HTTP POST to /graphql', { extensions: { code: 'BAD_REQUEST' } });
}

export function tooManySubscriptions(max: number): GraphQLError {
  return new GraphQLError(`At most ${max} subscriptions run at once on one connection: complete one first, or open another connection`, {
    extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', maxSubscriptions: max },
  });
}

/**
 * An error as a subscriber receives it: through the HTTP path's `formatError` (upstream codes,
 * unknown errors masked as INTERNAL_SERVER_ERROR), without Apollo's `extensions.http` (no status
 * line here). A masked error is logged with its cause, as the HTTP access log does.
 */
export function formatSocketError(error: GraphQLError, log: Logger): GraphQLFormattedError {
  const formatted = formatError(error.toJSON(), error);
  const { http: _http, ...extensions } = formatted.extensions ?? {};
  if (extensions['code'] === 'INTERNAL_SERVER_ERROR') log.error({ err: error.originalError ?? error }, 'subscription error masked as INTERNAL_SERVER_ERROR');
  return { ...formatted, extensions };
}

export function formatSocketResult(result: ExecutionResult, log: Logger): FormattedExecutionResult {
  if (!result.errors) return result as FormattedExecutionResult;
  return { ...result, errors: result.errors.map((error) => formatSocketError(error, log)) } as FormattedExecutionResult;
}
