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
