import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import type { ResolverData } from 'type-graphql';
import { BadUserInputError, KeyedUpstreamError } from '../../../src/schema/errors';
import { formatError } from '../../../src/http/errors/format-error';
import { IdempotentWrite, WriteOutcome } from '../../../src/schema/write-outcome';
import { isOutcomeUnknown, UpstreamError, type UpstreamErrorCode } from '../../../src/upstreams/errors';

/** The per-mutation middleware of `src/schema/write-outcome.ts` and how its errors are formatted. */

const upstream = (code: UpstreamErrorCode, retryable?: boolean) =>
  new UpstreamError({ upstream: 'shingsou', code, message: `shingsou ${code}`, upstreamCode: '599', ...(retryable === undefined ? {} : { retryable }) });

function data(args: Record<string, unknown>): ResolverData {
  return { args, root: undefined, context: {}, info: {} as ResolverData['info'] };
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/** What the client sees, as Apollo would format a resolver error. */
function formatted(error: unknown) {
  const located = new GraphQLError(error instanceof Error ? error.message : 'x', { path: ['m'], originalError: error instanceof Error ? error : undefined });
  return formatError({ message: located.message, path: ['m'], extensions: located.extensions }, located);
}

// Only the HTTP layer knows whether a write left: a timeout or deadline it did not mark as
// UPSTREAM_OUTCOME_UNKNOWN was a wait before sending (a queue slot, a token, a lookup).
describe('isOutcomeUnknown', () => {
  const cases: [UpstreamErrorCode, boolean][] = [
    ['UPSTREAM_TIMEOUT', false],
    ['UPSTREAM_OUTCOME_UNKNOWN', true],
    ['DEADLINE_EXCEEDED', false],
    ['UPSTREAM_UNAVAILABLE', false],
    ['UPSTREAM_REJECTED', false],
    ['UPSTREAM_BAD_REQUEST', false],
  ];
  it.each(cases)('%s: %s', (code, unknown) => {
    expect(isOutcomeUnknown(upstream(code))).toBe(unknown);
  });
});

describe('WriteOutcome (no key)', () => {
  it.each([true, false])('says UPSTREAM_OUTCOME_UNKNOWN (HTTP layer retryable: %s), never retryable', async (retryable) => {
    const error = await failure(() => Promise.resolve(WriteOutcome(data({}), () => Promise.reject(upstream('UPSTREAM_OUTCOME_UNKNOWN', retryable)))));
    expect(formatted(error).extensions).toEqual({ code: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: 'shingsou', upstreamCode: '599', upstreamMessage: undefined, retryable: false });
  });

  it.each(['UPSTREAM_REJECTED', 'UPSTREAM_TIMEOUT', 'DEADLINE_EXCEEDED'] as const)('leaves a known outcome (%s: nothing was sent) as it is', async (code) => {
    const refused = upstream(code);
    expect(await failure(() => Promise.resolve(WriteOutcome(data({}), () => Promise.reject(refused))))).toBe(refused);
  });
});

describe('IdempotentWrite', () => {
  it('generates the key into the arguments before the resolver, and puts it in an unknown outcome, retryable', async () => {
    const args: Record<string, unknown> = { card: 'x' };
    const error = await failure(() =>
      Promise.resolve(
        IdempotentWrite('clientOrderNo', 'SG')(data(args), () => {
          expect(args['clientOrderNo']).toMatch(/^SG[0-9a-f]{32}$/);
          return Promise.reject(upstream('UPSTREAM_OUTCOME_UNKNOWN', true));
        }),
      ),
    );
    expect(error).toBeInstanceOf(KeyedUpstreamError);
    expect(formatted(error).extensions).toMatchObject({
      code: 'UPSTREAM_OUTCOME_UNKNOWN',
      retryable: true,
      idempotencyKey: args['clientOrderNo'],
      idempotencyKeyArgument: 'clientOrderNo',
    });
  });

  it('keeps a given key inside an input object, on bad input and on a masked error too', async () => {
    const args = { input: { outTradeNo: 'shop-0001' } };
    const bad = await failure(() => Promise.resolve(IdempotentWrite('input.outTradeNo', 'MP')(data(args), () => Promise.reject(new BadUserInputError('input.amount', 'too big')))));
    expect(formatted(bad).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'input.amount', idempotencyKey: 'shop-0001', idempotencyKeyArgument: 'input.outTradeNo' });
    const bug = await failure(() => Promise.resolve(IdempotentWrite('input.outTradeNo', 'MP')(data(args), () => Promise.reject(new TypeError('x is undefined')))));
    expect(formatted(bug)).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', idempotencyKey: 'shop-0001' } });
  });

  it('refuses a malformed key before the resolver runs, offering no key', async () => {
    let ran = false;
    const error = await failure(() =>
      Promise.resolve(
        IdempotentWrite('refundNo', 'RF')(data({ refundNo: 'two words' }), () => {
          ran = true;
          return Promise.resolve(null);
        }),
      ),
    );
    expect(ran).toBe(false);
    expect(formatted(error).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'refundNo' });
  });
});
