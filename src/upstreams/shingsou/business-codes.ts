import { isUpstreamError, UpstreamError } from '../errors';

/**
 * The DOCUMENTED flow-card and data-card business codes (`shingsou.md` §6.5), with an English
 * message an operator can act on. The upstream code and Chinese description still travel beside
 * it (`upstreamCode`, `upstreamMessage`).
 */
export const CARD_BUSINESS_CODES = {
  '10000': 'the consignee account does not exist',
  '10001': 'at least one card or voucher is needed',
  '10002': 'the expiry time must be later than now',
  '10003': 'at most 99,999,999 vouchers can be generated per day',
} as const satisfies Record<string, string>;

/** Re-words a business refusal listed in `codes`; any other error passes through unchanged. */
export function explainBusinessCode(error: unknown, codes: Readonly<Record<string, string>> = CARD_BUSINESS_CODES): unknown {
  if (!isUpstreamError(error) || error.code !== 'UPSTREAM_REJECTED' || error.upstreamCode === undefined) return error;
  const explanation = codes[error.upstreamCode];
  if (explanation === undefined) return error;
  return new UpstreamError({
    upstream: error.upstream,
    code: error.code,
    message: `Shingsou refused the request: ${explanation}`,
    upstreamCode: error.upstreamCode,
    upstreamMessage: error.upstreamMessage,
    retryable: false,
  });
}

/** Awaits a write and re-words its documented business refusals. */
export async function withBusinessCodes<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw explainBusinessCode(error);
  }
}

/**
 * The payment codes that say "no such object" (`shingsou.md` §6.6): `21001` Order_NotFound (v2
 * Query, Refund, Close, Cancel, and RefundQuery for an unknown refund) and `22001`
 * Merchant_NotFound. They arrive as 422 business refusals; the gateway reports them as NOT_FOUND
 * with a message naming what was asked for (`No order SO… (ALIPAY)`), as an unknown card is,
 * with the upstream code and message kept beside it.
 */
export type NotFoundCode = '21001' | '22001';

/** Awaits a call and turns the not-found codes in `subjects` into NOT_FOUND naming the subject. */
export async function withNotFound<T>(call: Promise<T>, subjects: Partial<Record<NotFoundCode, string>>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (!isUpstreamError(error) || error.code !== 'UPSTREAM_REJECTED' || error.upstreamCode === undefined) throw error;
    const subject = subjects[error.upstreamCode as NotFoundCode];
    if (subject === undefined) throw error;
    throw notFound(error, `No ${subject}`);
  }
}

/** An upstream NOT_FOUND (HTTP 404) re-worded to name what was asked for; other errors unchanged. */
export function namedNotFound(error: unknown, message: string): unknown {
  return isUpstreamError(error) && error.code === 'NOT_FOUND' ? notFound(error, message) : error;
}

function notFound(cause: UpstreamError, message: string): UpstreamError {
  return new UpstreamError({
    upstream: cause.upstream,
    code: 'NOT_FOUND',
    message,
    upstreamCode: cause.upstreamCode,
    upstreamMessage: cause.upstreamMessage,
    retryable: false,
  });
}
