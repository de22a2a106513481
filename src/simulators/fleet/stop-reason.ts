/**
 * The CMIOT 12-character stop reason (`cmiot.md` §3.7, `card-status.md` §4.3): a `2` at position
 * n (1 = leftmost) means that reason applies. The fleet keeps it for every China Mobile card so
 * that a stop made through either simulator reads back the same through both.
 */
import type { SimSuspendReason } from './types';

export const NO_STOP_REASON = '000000000000';

/** Position of the customer-requested stop (主动（申请）双向停机). */
export const CUSTOMER_STOP_POSITION = 9;
/** Position of the credit-control (arrears) stop, the one `arrearageuserinfo` lists. */
export const ARREARS_STOP_POSITION = 5;

/** Documented positions per reason; reasons without a position are not seeded on China Mobile. */
export const STOP_POSITION: Partial<Record<SimSuspendReason, number>> = {
  PLAN_EXPIRED: 1,
  DEVICE_BINDING: 2,
  OPERATOR: 4,
  ARREARS: 5,
  USER_REQUEST: 9,
  REGION_LIMIT: 10,
  VIOLATION: 11,
};

export function stopReasonWith(...positions: number[]): string {
  const chars = NO_STOP_REASON.split('');
  for (const p of positions) chars[p - 1] = '2';
  return chars.join('');
}

export function hasStopPosition(stopReason: string, position: number): boolean {
  return stopReason.charAt(position - 1) === '2';
}

/** True when the customer stop is the only reason: the one case a self-service resume is allowed. */
export function isCustomerStopOnly(stopReason: string): boolean {
  return stopReason === stopReasonWith(CUSTOMER_STOP_POSITION);
}
