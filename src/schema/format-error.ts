import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isUpstreamError } from '../upstreams/errors';
import { withoutVariableValue } from './variable-errors';

/**
 * Apollo `formatError`: upstream failures become coded errors with the upstream's own code and
 * message beside ours; anything the gateway did not anticipate is masked, so a stack trace or
 * an internal detail never reaches a client. (The request logger records the original.)
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isUpstreamError(original)) {
    return {
      ...formatted,
      message: original.message,
      extensions: {
        code: original.code,
        upstream: original.upstream,
        upstreamCode: original.upstreamCode,
        upstreamMessage: original.upstreamMessage,
        retryable: original.retryable,
      },
    };
  }
  const code = formatted.extensions?.['code'];
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  // Apollo's own codes (GRAPHQL_VALIDATION_FAILED, ...) and ours: drop any stack trace.
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, message: withoutVariableValue(formatted.message, original), extensions };
}
