/**
 * China Mobile, CT code set: CMIOT v5 `cardStatus` on OneLink-CT (`upstreams/card-status.md`
 * §4.2, `cmiot.md` §6.2). DOCUMENTED by the OneLink v5 manual. There is no `3` or `5`: such codes
 * are not in the table and normalize to `UNKNOWN`.
 */

import { Barring, CardState, SuspendReason } from '../card-state';
import type { StatusTable } from './status-row';

export const CHINA_MOBILE_CT_STATUS_TABLE: StatusTable = [
  { code: '1', label: '待激活', state: CardState.ACTIVATION_READY },
  { code: '2', label: '已激活', state: CardState.ACTIVE },
  {
    code: '4',
    label: '停机',
    state: CardState.SUSPENDED,
    suspendReason: SuspendReason.OTHER,
    // Every CT stop reason is 双向 (§3, §4.2).
    barring: Barring.TWO_WAY,
    reasonFromStopReason: true,
  },
  // One integrator labels `6` 已停用; we follow the manual (§4.2).
  { code: '6', label: '可测试', state: CardState.TEST },
  { code: '7', label: '库存', state: CardState.INVENTORY },
  { code: '8', label: '预销户', state: CardState.PRE_TERMINATION },
  { code: '9', label: '已销户', state: CardState.TERMINATED },
];
