import { UpstreamError, type UpstreamErrorCode } from '../errors';
import type { HttpResponse } from '../http';
import { errorFromResponse } from './responses';
import { businessError } from './wire';

/**
 * The codes of transfers, bills and WeChat identity (`shingsou.md` §6.4.1, `payment-codes`), and
 * the merchant codes the same actions answer (§6.6), as our codes with an English message that
 * names what was asked for. The upstream code and its Chinese description stay beside it
 * (`upstreamCode`, `upstreamMessage`), as `errorFromResponse` keeps them for other codes.
 *
 * Read from the body, not from `errorFromResponse`'s result: 22001 and 23007 come with HTTP 404,
 * which it reports as a generic NOT_FOUND with upstream code `404`.
 */

/**
 * The codes a client sees for refusals it can act on, beyond `UpstreamErrorCode` (whose set the
 * card-change and CMIOT tables enumerate exhaustively): the schema puts this one in
 * `extensions.code` (`schema/transfer/transfer-refusal.ts`).
 */
export type RefusalCode = 'INSUFFICIENT_BALANCE' | 'BILL_NOT_READY' | 'WECHAT_CODE_INVALID';

export interface TransferCodeMapping {
  code: UpstreamErrorCode;
  /** Set when the client should see a more precise code than `code`. */
  refusal?: RefusalCode;
  message: (subject: string, merchant: MerchantRef) => string;
}

/** The merchant an action is about: 22001 names it, like every other NOT_FOUND (issue 13). */
export interface MerchantRef {
  provider: 'Alipay' | 'WeChat Pay';
  id: string;
}

type Mapping = TransferCodeMapping;

const reject = (message: (subject: string, merchant: MerchantRef) => string, refusal?: RefusalCode): Mapping => ({ code: 'UPSTREAM_REJECTED', message, ...(refusal ? { refusal } : {}) });

/** Exhaustive over the §6.4.1 table; a code not here keeps `errorFromResponse`'s mapping. */
export const TRANSFER_CODES: Readonly<Record<string, Mapping>> = {
  '22001': { code: 'NOT_FOUND', message: (_subject, merchant) => `No ${merchant.provider} merchant ${merchant.id}; see merchants` },
  '22003': reject((_subject, merchant) => `Shingsou refused the request: ${merchant.provider} merchant ${merchant.id} is disabled`),
  '23001': reject(() => 'Shingsou refused the transfer: the payee account does not exist or is not valid'),
  '23002': reject(() => "Shingsou refused the transfer: the merchant's balance cannot cover it today", 'INSUFFICIENT_BALANCE'),
  '23003': reject(() => 'Shingsou refused the transfer: the amount is not allowed'),
  '23004': reject((subject) => `Shingsou has not built the ${subject} yet: bills are ready from the next day (Asia/Shanghai)`, 'BILL_NOT_READY'),
  '23005': reject(() => "Shingsou could not decrypt the bank account details; the merchant's public key may have changed: send it again"),
  '23006': reject((subject) => `Shingsou refused the transfer: ${subject} was already used with another payee or amount`),
  '23007': { code: 'NOT_FOUND', message: (subject) => `No ${subject}` },
  '23008': reject(() => 'Shingsou refused the WeChat code: unknown, already used or older than 5 minutes; ask the WeChat client for a new one', 'WECHAT_CODE_INVALID'),
};

/**
 * `errorFromResponse` for the §6.4.1 actions. `subject` names what the call is about
 * (`transfer partnerTradeNo WT… of merchant M-WX-0001`, `bill of 2024-05-01`); it never holds
 * a secret.
 */
export function transferErrorFromResponse(subject: string, merchant: MerchantRef): (response: HttpResponse) => UpstreamError {
  return (response) => {
    const fallback = errorFromResponse(response);
    if (response.status !== 404 && response.status !== 422) return fallback;
    const body = businessError.safeParse(parseJson(response.text));
    const mapping = body.success ? TRANSFER_CODES[String(body.data.code)] : undefined;
    if (!body.success || !mapping) return fallback;
    return new UpstreamError({
      upstream: 'shingsou',
      code: mapping.code,
      message: mapping.message(subject, merchant),
      upstreamCode: String(body.data.code),
      upstreamMessage: body.data.description,
      retryable: false,
    });
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
