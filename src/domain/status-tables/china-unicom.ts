/**
 * China Unicom: the Shingsou 联通卡 table (`upstreams/card-status.md` §4.5, `shingsou.md` §6.7).
 * Codes 1–8 are Cisco Jasper SIM states renumbered by the vendor (inferred).
 */

import { CardState, SuspendReason } from '../card-state';
import type { StatusTable } from './status-row';

export interface ChinaUnicomTableOptions {
  /**
   * Map `7` 已失效 (Jasper RETIRED) to `TERMINATED` instead of `PRE_TERMINATION`. Jasper purges
   * a retired SIM later and can still revive it, hence the default.
   * @default false
   */
  unicomRetiredAsTerminated?: boolean;
}

export function chinaUnicomStatusTable(options: ChinaUnicomTableOptions = {}): StatusTable {
  return options.unicomRetiredAsTerminated === true
    ? CHINA_UNICOM_STATUS_TABLE_RETIRED_AS_TERMINATED
    : CHINA_UNICOM_STATUS_TABLE;
}

/** The default table (`unicomRetiredAsTerminated` off). */
export const CHINA_UNICOM_STATUS_TABLE: StatusTable = [
  { code: '1', label: '已激活', state: CardState.ACTIVE },
  {
    code: '2',
    label: '已停用',
    state: CardState.SUSPENDED,
    // Jasper DEACTIVATED: the enterprise deactivates its own SIMs (inferred, §4.5).
    suspendReason: SuspendReason.USER_REQUEST,
  },
  { code: '3', label: '可测试', state: CardState.TEST },
  { code: '4', label: '库存', state: CardState.INVENTORY },
  // 体验 is Jasper's TRIAL.
  { code: '5', label: '体验', state: CardState.TEST },
  { code: '6', label: '可激活', state: CardState.ACTIVATION_READY },
  { code: '7', label: '已失效', state: CardState.PRE_TERMINATION },
  { code: '8', label: '已清除', state: CardState.TERMINATED },
  // 9–11 are not SIM states: the rows look pasted from another option list (§4.5). Known codes
  // with the vendor's labels (9 has none), mapped to UNKNOWN.
  { code: '9', label: '', state: CardState.UNKNOWN },
  { code: '10', label: '当前账期', state: CardState.UNKNOWN },
  { code: '11', label: '一直', state: CardState.UNKNOWN },
];

const CHINA_UNICOM_STATUS_TABLE_RETIRED_AS_TERMINATED: StatusTable = CHINA_UNICOM_STATUS_TABLE.map(
  (row) => (row.code === '7' ? { ...row, state: CardState.TERMINATED } : row),
);
