/**
 * China Mobile, PB code set (`upstreams/card-status.md` §4.1, `cmiot.md` §6.1,
 * `shingsou.md` §6.7 移动卡). Used by CMIOT v2 `STATUS`, CMIOT v5 `cardStatus` on OneLink-PB and,
 * with its own spelling of the codes, by the Shingsou 移动卡 table.
 */

import { Barring, CardState, SuspendReason } from '../card-state';
import type { StatusRow, StatusTable } from './status-row';

/** DOCUMENTED in CMIOT_API2002. Codes are two characters; never compare them as numbers. */
export const CHINA_MOBILE_PB_STATUS_TABLE: StatusTable = [
  { code: '00', label: '正常', state: CardState.ACTIVE },
  {
    code: '01',
    label: '单向停机',
    state: CardState.SUSPENDED,
    // Inferred: a one-way stop is the first stage of an arrears stop (§3, §4.1).
    suspendReason: SuspendReason.ARREARS,
    barring: Barring.ONE_WAY,
  },
  {
    code: '02',
    label: '停机',
    state: CardState.SUSPENDED,
    suspendReason: SuspendReason.OTHER,
    barring: Barring.TWO_WAY,
    reasonFromStopReason: true,
  },
  { code: '03', label: '预销号', state: CardState.PRE_TERMINATION },
  { code: '04', label: '销号', state: CardState.TERMINATED },
  // 过户: the number now belongs to another owner, so it is gone for this customer.
  { code: '05', label: '过户', state: CardState.TERMINATED },
  // 休眠 = 沉默期, the silent period before billing (inferred from `sleepnum`).
  { code: '06', label: '休眠', state: CardState.ACTIVATION_READY },
  { code: '07', label: '待激活', state: CardState.ACTIVATION_READY },
  { code: '99', label: '号码不存在', state: CardState.NOT_FOUND },
];

/**
 * The Shingsou 移动卡 table: the same rows, printed without the leading zero, with `7` labelled
 * 待激 (§4.1). The stray duplicate "1: 停机" line of `cardstates.rst` is ignored: `1` is 单向停机.
 * Derived from the PB table so the two can never disagree on a state; the code is rewritten as a
 * string (never through `Number()`, which §1 forbids for codes).
 */
export const SHINGSOU_CHINA_MOBILE_STATUS_TABLE: StatusTable = CHINA_MOBILE_PB_STATUS_TABLE.map(
  (row): StatusRow => {
    const code = row.code.replace(/^0(?=[0-9])/, '');
    return code === '7' ? { ...row, code, label: '待激' } : { ...row, code };
  },
);
