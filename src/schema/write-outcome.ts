import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { isOutcomeUnknown, isUpstreamError, UpstreamError } from '../upstreams/errors';
import { idempotencyExtensions, KeyedUpstreamError, type IdempotencyKey } from './errors';
import { checkKey } from './payment/payment.checks';

/**
 * What a failed write tells its client (issue 9 item 6). Per mutation (`@UseMiddleware`), never
 * global: it runs once per mutation field, nowhere else (STYLE.md §5).
 *
 * - A write that was sent and not answered (a timeout, a transport failure, the request's own
 *   deadline in flight, a 5xx) may or may not have been applied: the HTTP layer, which alone
 *   knows whether the request left, says UPSTREAM_OUTCOME_UNKNOWN (`isOutcomeUnknown`). A
 *   timeout or deadline while waiting before sending (a queue slot, a token, a lookup) keeps its
 *   own code: nothing was sent.
 * - Without an idempotency key, such an error is never `retryable`: a resend could stop a card
 *   twice or move money twice. With one, a resend with the same key is safe (`shingsou.md` §3:
 *   the same key returns the same order or refund), so it is `retryable` and the key is in the
 *   error.
 * - Every error of a keyed write (bad input, refusals, failures) carries the key in
 *   `extensions.idempotencyKey` and its argument in `extensions.idempotencyKeyArgument`.
 */

/**
 * A fresh idempotency key: the prefix and 32 hex digits of a random UUID, cut to `maxLength`
 * (WeChat Pay's `partnerTradeNo` takes 32 characters: the prefix and 30 hex digits).
 */
export function newIdempotencyKey(prefix: string, maxLength = 64): string {
  return (prefix + randomUUID().replaceAll('-', '')).slice(0, maxLength);
}

/** The write middlewares, with the argument of their key (null: none); a test checks every mutation has one. */
const WRITE_MIDDLEWARES = new WeakMap<object, string | null>();

/** The key argument of a write middleware, `null` for a write without a key, `undefined` for anything else. */
export function writeKeyArgument(middleware: unknown): string | null | undefined {
  return typeof middleware === 'function' ? WRITE_MIDDLEWARES.get(middleware) : undefined;
}

/** A write without an idempotency key (stop/resume, transfers, merchant changes, ...). */
export const WriteOutcome: MiddlewareFn = async (_data, next) => {
  try {
    return await next();
  } catch (error) {
    throw writeError(error, undefined);
  }
};
WRITE_MIDDLEWARES.set(WriteOutcome, null);

/**
 * A write idempotent on the key at `argument` (`clientOrderNo`, or `input.outTradeNo` inside an
 * input object). The key is settled here, before the resolver runs: the client's, checked, or a
 * new one with `prefix`, written into the arguments so the resolver sends that one.
 */
export function IdempotentWrite(argument: string, prefix: string, maxLength = 64): MiddlewareFn {
  const path = argument.split('.');
  const middleware: MiddlewareFn = async ({ args }, next) => {
    const idempotency = settleKey(args, path, argument, prefix, maxLength);
    try {
      return await next();
    } catch (error) {
      throw writeError(error, idempotency);
    }
  };
  WRITE_MIDDLEWARES.set(middleware, argument);
  return middleware;
}

function settleKey(args: Record<string, unknown>, path: readonly string[], argument: string, prefix: string, maxLength: number): IdempotencyKey {
  let holder: Record<string, unknown> = args;
  for (const name of path.slice(0, -1)) {
    const next = holder[name];
    // A missing input object fails GraphQL validation before any resolver; keep the key anyway.
    if (typeof next !== 'object' || next === null) return { argument, key: newIdempotencyKey(prefix, maxLength) };
    holder = next as Record<string, unknown>;
  }
  const field = path[path.length - 1] ?? argument;
  const given = holder[field];
  if (given === null || given === undefined) {
    const key = newIdempotencyKey(prefix, maxLength);
    holder[field] = key;
    return { argument, key };
  }
  // A key argument is a GraphQL String: anything else is a schema bug, refused like a bad key.
  return { argument, key: checkKey(typeof given === 'string' ? given : '', argument, maxLength) };
}

function writeError(error: unknown, idempotency: IdempotencyKey | undefined): unknown {
  if (isOutcomeUnknown(error)) return outcomeUnknown(error, idempotency);
  if (idempotency === undefined) return error;
  if (isUpstreamError(error)) return new KeyedUpstreamError(error, idempotency);
  if (error instanceof GraphQLError) {
    return new GraphQLError(error.message, { extensions: { ...error.extensions, ...idempotencyExtensions(idempotency) }, originalError: error });
  }
  // A bug: masked by format-error, which keeps the key (the client's own) beside the mask.
  const masked = new GraphQLError(error instanceof Error ? error.message : 'unexpected error', {
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...idempotencyExtensions(idempotency) },
    originalError: error instanceof Error ? error : undefined,
  });
  if (error instanceof Error && error.stack !== undefined) masked.stack = error.stack;
  return masked;
}

function outcomeUnknown(error: UpstreamError, idempotency: IdempotencyKey | undefined): unknown {
  // The HTTP layer's own UPSTREAM_OUTCOME_UNKNOWN of an unkeyed write already says all, and is never retryable.
  if (idempotency === undefined && !error.retryable) return error;
  const said = error.message.replace(/[.\s]+$/, '');
  const advice = idempotency === undefined
    ? `${said}: read it back before sending it again`
    : `${said}. Send it again with ${idempotency.argument} ${idempotency.key}: the same key never creates a second one`;
  if (idempotency !== undefined) return new KeyedUpstreamError(error, idempotency, { code: 'UPSTREAM_OUTCOME_UNKNOWN', message: advice, retryable: true });
  return new UpstreamError({
    upstream: error.upstream,
    code: 'UPSTREAM_OUTCOME_UNKNOWN',
    message: advice,
    upstreamCode: error.upstreamCode,
    upstreamMessage: error.upstreamMessage,
    retryable: false,
  });
}
