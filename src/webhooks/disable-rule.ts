import type { DeliveryFailure } from './delivery-result';
import { DELIVERY_WINDOW_MS } from './retry-schedule';

/**
 * When a webhook stops being delivered to, until its operator enables it again: after a run of
 * at least 20 failed attempts in a row (any event, no success between) lasting at least 24 h,
 * the retry window; or at once when the receiver answers 410 Gone.
 *
 * Why the window: before it ends, the run's first event is still being retried and may yet be
 * delivered, so disabling earlier would drop events a recovering receiver would have received
 * (a receiver down for an hour at night is not dead). Once the run outlasts the window, events
 * are being given up anyway: stop spending attempts and tell the operator. Why the count too: a
 * webhook that receives an event a week must not be disabled by two failures 24 h apart.
 */

export const DISABLE_AFTER_FAILURES = 20;
export const DISABLE_AFTER_MS = DELIVERY_WINDOW_MS;

/**
 * Disable the webhook? `consecutiveFailures` counts failed attempts since the last success,
 * `firstFailureAt` is when the first of them ended; `lastFailure`, when given, disables at once
 * if the receiver said 410 Gone.
 */
export function shouldDisable(consecutiveFailures: number, firstFailureAt: Date, now: Date, lastFailure?: DeliveryFailure): boolean {
  if (lastFailure?.disableWebhook) return true;
  return consecutiveFailures >= DISABLE_AFTER_FAILURES && now.getTime() - firstFailureAt.getTime() >= DISABLE_AFTER_MS;
}

export interface FailureRun {
  consecutiveFailures: number;
  firstFailureAt: Date;
  lastFailure: DeliveryFailure;
}

/**
 * The reason stored with a disabled webhook and shown to its operator, e.g. `disabled after 20
 * consecutive failed deliveries since 2024-11-27T09:33:20.000Z: last answer HTTP 500`. Built from
 * the failure's status, code and message only, which never hold the secret or the URL.
 */
export function disableReason({ consecutiveFailures, firstFailureAt, lastFailure }: FailureRun): string {
  if (lastFailure.disableWebhook) return `disabled: ${lastFailure.message}, which asks for no more deliveries`;
  const last = lastFailure.error === 'HTTP_STATUS' && lastFailure.status !== undefined ? `last answer HTTP ${lastFailure.status}` : `last failure ${lastFailure.error}: ${lastFailure.message}`;
  const deliveries = consecutiveFailures === 1 ? 'failed delivery' : 'consecutive failed deliveries';
  return `disabled after ${consecutiveFailures} ${deliveries} since ${firstFailureAt.toISOString()}: ${last}`;
}
