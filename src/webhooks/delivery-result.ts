/**
 * What one delivery attempt came to, and whether to try the event again. The outbox stores it
 * per attempt and shows it to the operator, so a message holds neither the secret, the URL (its
 * path or query may hold the receiver's token), the body nor a resolved address.
 */

/**
 * - `TIMEOUT`: no complete answer within the delivery's `timeoutMs` (connect, headers and body together).
 * - `NETWORK`: DNS failed, the connection was refused or reset, TLS failed.
 * - `HTTP_STATUS`: the receiver answered, and not with a 2xx (a redirect included: never followed).
 * - `ADDRESS_REFUSED`: the URL or its resolved address is not one we deliver to; nothing was sent.
 *   Not retryable when the URL itself is refused (only the operator can change it); retryable
 *   when DNS answered a private address, since DNS can change.
 * - `ABORTED`: the caller's signal ended the attempt (the process is stopping).
 */
export type DeliveryErrorCode = 'TIMEOUT' | 'NETWORK' | 'HTTP_STATUS' | 'ADDRESS_REFUSED' | 'ABORTED';

export interface DeliverySuccess {
  ok: true;
  status: number;
  durationMs: number;
}

export interface DeliveryFailure {
  ok: false;
  error: DeliveryErrorCode;
  /** The receiver's status, when it answered. */
  status?: number;
  message: string;
  /** Schedule another attempt (`retry-schedule.ts`)? */
  retryable: boolean;
  /** The receiver asked for no more deliveries (HTTP 410 Gone): disable the webhook now (`disable-rule.ts`). */
  disableWebhook: boolean;
  durationMs: number;
}

export type DeliveryResult = DeliverySuccess | DeliveryFailure;

/**
 * A receiver's answer. Delivery is at least once, so every non-2xx is tried again, 4xx included:
 * a 401 or 404 is most often a receiver mid-deploy or mid-rotation of its secret, fixed within
 * the retry window, and the receiver deduplicates on the event id. The one exception is 410 Gone,
 * the receiver's explicit "stop": no retry, and the webhook is disabled. A receiver that keeps
 * failing otherwise is stopped by the disable rule, not by guessing from one status.
 */
export function answered(status: number, durationMs: number): DeliveryResult {
  if (status >= 200 && status < 300) return { ok: true, status, durationMs };
  if (status === 410) {
    return { ok: false, error: 'HTTP_STATUS', status, message: 'the receiver answered HTTP 410 Gone', retryable: false, disableWebhook: true, durationMs };
  }
  const redirect = status >= 300 && status < 400 ? ' (a redirect: webhook deliveries do not follow redirects)' : '';
  return { ok: false, error: 'HTTP_STATUS', status, message: `the receiver answered HTTP ${status}${redirect}`, retryable: true, disableWebhook: false, durationMs };
}

export function failed(error: Exclude<DeliveryErrorCode, 'HTTP_STATUS'>, message: string, retryable: boolean, durationMs: number): DeliveryFailure {
  return { ok: false, error, message, retryable, disableWebhook: false, durationMs };
}
