import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isUpstreamError } from '../../upstreams/errors';
import { idempotencyExtensions, KeyedUpstreamError } from '../../schema/errors';
import { withoutLiteralValue, withoutVariableValue } from '../../schema/variable-errors';

/**
 * graphql-js stops coercing variables after 50 errors and adds this one, without a code (so it
 * was masked as INTERNAL_SERVER_ERROR: an import of 60 malformed rows, issue 9). It is bad input.
 */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables, error limit reached. Execution aborted.';

/**
 * Apollo `formatError`: upstream failures become coded errors with the upstream's own code and
 * message beside ours; anything the gateway did not anticipate is masked, so a stack trace or
 * an internal detail never reaches a client. (The request logger records the original.)
 * A payment write's idempotency key stays on its error, masked or not (`write-outcome.ts`).
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
        ...(original instanceof KeyedUpstreamError ? idempotencyExtensions(original.idempotency) : {}),
      },
    };
  }
  if (formatted.message === TOO_MANY_VARIABLE_ERRORS && (formatted.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR') === 'INTERNAL_SERVER_ERROR') {
    return { message: 'Too many invalid values in the variables; the first 50 are listed before this one', locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.['code'];
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    const key = formatted.extensions?.['idempotencyKey'];
    const argument = formatted.extensions?.['idempotencyKeyArgument'];
    const keyed = typeof key === 'string' && typeof argument === 'string' ? idempotencyExtensions({ key, argument }) : {};
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', ...keyed } };
  }
  // Apollo's own codes (GRAPHQL_VALIDATION_FAILED, ...) and ours: drop any stack trace.
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  const message = code === 'GRAPHQL_VALIDATION_FAILED' ? withoutLiteralValue(formatted.message) : withoutVariableValue(formatted.message, original);
  return { ...formatted, message, extensions };
}
