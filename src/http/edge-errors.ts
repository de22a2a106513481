import { GraphQLError } from 'graphql';

/**
 * The refusals of the request edge. Each is a GraphQLError with a literal `extensions.code`;
 * `extensions.http` sets the HTTP status (and `Retry-After`) and Apollo strips it from the body.
 */

/** The operation's estimated upstream calls exceed `MAX_UPSTREAM_CALLS_PER_REQUEST`. Not retryable as is. */
export class QueryTooExpensiveError extends GraphQLError {
  constructor(estimatedCalls: number, maxCalls: number) {
    super(
      `This operation may cost about ${estimatedCalls} upstream calls, above the limit of ${maxCalls} per request: ask for fewer items or fields`,
      { extensions: { code: 'QUERY_TOO_EXPENSIVE', estimatedCalls, maxCalls, http: { status: 400 } } },
    );
  }
}

export type RateLimitKind = 'requests' | 'upstreamCalls';

/** The API key spent its budget for this minute; `retryAfter` seconds until enough is back. */
export class RateLimitedError extends GraphQLError {
  constructor(kind: RateLimitKind, retryAfter: number, limitPerMinute: number) {
    const what = kind === 'requests' ? 'requests' : 'estimated upstream calls';
    super(`This API key is over its limit of ${limitPerMinute} ${what} per minute; retry in ${retryAfter} s`, {
      extensions: {
        code: 'RATE_LIMITED',
        limit: kind,
        limitPerMinute,
        retryAfter,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
      },
    });
  }
}

/** The whole-request deadline passed before the response was ready: the edge's safety net. */
export const DEADLINE_EXCEEDED_BODY = (timeoutMs: number) => ({
  errors: [
    {
      message: `The request did not complete within its deadline of ${timeoutMs} ms`,
      extensions: { code: 'DEADLINE_EXCEEDED' },
    },
  ],
});
