/**
 * Reading the CMIOT 12-character stop reason (`upstreams/card-status.md` §4.3,
 * `cmiot.md` §3.7).
 */

import { SuspendReason } from './card-state';
import {
  CMIOT_STOP_REASON_POSITIONS,
  STOP_REASON_LENGTH,
  type StopReasonPosition,
} from './status-tables/cmiot-stop-reason';

const STOP_REASON_PATTERN = new RegExp(`^[02]{${STOP_REASON_LENGTH}}$`);

/**
 * The positions flagged `2`, in position order. `null` when the string is not 12 characters of
 * `0`/`2`: positions in a malformed string cannot be trusted, so it carries no reason.
 */
export function stopReasonPositions(stopReason: string): StopReasonPosition[] | null {
  if (!STOP_REASON_PATTERN.test(stopReason)) return null;
  return CMIOT_STOP_REASON_POSITIONS.filter((p) => stopReason[p.position - 1] === '2');
}

/**
 * §3/§4.3: the first non-customer reason in position order; `USER_REQUEST` only when it is the
 * sole reason, since a customer may resume only a stop nobody else imposed (`cmiot.md` §4
 * `12098`). Undocumented positions count as non-customer (`OTHER`). `undefined` when the string
 * names no reason (all `0`) or is malformed; the caller falls back to `OTHER` for a suspended
 * card.
 */
export function suspendReasonFromStopReason(stopReason: string): SuspendReason | undefined {
  const positions = stopReasonPositions(stopReason);
  if (positions === null || positions.length === 0) return undefined;
  const nonCustomer = positions.find((p) => p.suspendReason !== SuspendReason.USER_REQUEST);
  return (nonCustomer ?? positions[0])?.suspendReason;
}
