/**
 * Positions of the CMIOT 12-character stop reason (`upstreams/card-status.md` §4.3,
 * `cmiot.md` §3.7). A `2` at position n (1 = leftmost) means that reason applies.
 */

import { SuspendReason } from '../card-state';

export interface StopReasonPosition {
  /** 1-based, from the left. */
  readonly position: number;
  /** The manual's label; `null` for the undocumented positions. */
  readonly label: string | null;
  readonly suspendReason: SuspendReason;
}

export const STOP_REASON_LENGTH = 12;

/** Every position 1..12; the undocumented ones (3, 6, 7, 8, 12) map to `OTHER`. */
export const CMIOT_STOP_REASON_POSITIONS: readonly StopReasonPosition[] = [
  { position: 1, label: '窄带网商品到期失效停机', suspendReason: SuspendReason.PLAN_EXPIRED },
  { position: 2, label: '机卡分离停机', suspendReason: SuspendReason.DEVICE_BINDING },
  { position: 3, label: null, suspendReason: SuspendReason.OTHER },
  { position: 4, label: 'M2M 管理停机', suspendReason: SuspendReason.OPERATOR },
  { position: 5, label: '信控双向停机', suspendReason: SuspendReason.ARREARS },
  { position: 6, label: null, suspendReason: SuspendReason.OTHER },
  { position: 7, label: null, suspendReason: SuspendReason.OTHER },
  { position: 8, label: null, suspendReason: SuspendReason.OTHER },
  { position: 9, label: '主动（申请）双向停机', suspendReason: SuspendReason.USER_REQUEST },
  {
    position: 10,
    label: '区域限制（位置固定）管理型停机',
    suspendReason: SuspendReason.REGION_LIMIT,
  },
  // 强制 reads as a forced (violation) stop (inferred, §4.3).
  { position: 11, label: '强制双向停机', suspendReason: SuspendReason.VIOLATION },
  { position: 12, label: null, suspendReason: SuspendReason.OTHER },
];
