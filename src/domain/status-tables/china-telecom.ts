/**
 * China Telecom: the Shingsou 电信卡 table (`upstreams/card-status.md` §4.4, `shingsou.md`
 * §6.7). DOCUMENTED in `shingsou/xuyuiot` `docs/cardstates.rst`. The small codes are Telecom's
 * self-management `productStatusCd`; the six-digit ones are CRM stop types (inferred).
 */

import { Barring, CardState, SuspendReason } from '../card-state';
import type { StatusTable } from './status-row';

export const CHINA_TELECOM_STATUS_TABLE: StatusTable = [
  // The vendor's own "unknown": a known code that maps to UNKNOWN, not an unknown code.
  { code: '-1', label: '未知', state: CardState.UNKNOWN },
  { code: '1', label: '在用', state: CardState.ACTIVE },
  {
    code: '2',
    label: '用户报停',
    state: CardState.SUSPENDED,
    suspendReason: SuspendReason.USER_REQUEST,
  },
  { code: '3', label: '用户拆机', state: CardState.TERMINATED },
  {
    code: '5',
    label: '欠停(双向)',
    state: CardState.SUSPENDED,
    suspendReason: SuspendReason.ARREARS,
    barring: Barring.TWO_WAY,
  },
  {
    code: '6',
    label: '欠停(单向)',
    state: CardState.SUSPENDED,
    suspendReason: SuspendReason.ARREARS,
    barring: Barring.ONE_WAY,
  },
  {
    code: '7',
    label: '违章停机',
    state: CardState.SUSPENDED,
    suspendReason: SuspendReason.VIOLATION,
  },
  { code: '8', label: '挂失', state: CardState.SUSPENDED, suspendReason: SuspendReason.LOST },
  // 施工未完: the provisioning order is unfinished, so the card is still stock.
  { code: '11', label: '施工未完', state: CardState.INVENTORY },
  { code: '19', label: '活卡待激活', state: CardState.ACTIVATION_READY },
  // CRM 120000 = 停机保号, the stop Shingsou applies for a customer stop (§5.1).
  {
    code: '120000',
    label: '停机',
    state: CardState.SUSPENDED,
    suspendReason: SuspendReason.KEEP_NUMBER,
  },
  { code: '100001', label: '已激活(测试期)', state: CardState.TEST },
  { code: '140003', label: '未激活(测试期)', state: CardState.TEST },
  {
    code: '150001',
    label: '未实名制违规停机',
    state: CardState.SUSPENDED,
    suspendReason: SuspendReason.REAL_NAME,
    // CRM name 非实名违章单停: a one-way stop (inferred, §4.4).
    barring: Barring.ONE_WAY,
  },
  { code: '140000', label: '预拆机停机', state: CardState.PRE_TERMINATION },
  {
    code: '160000',
    label: '数据异常停机',
    state: CardState.SUSPENDED,
    suspendReason: SuspendReason.DATA_ANOMALY,
  },
  {
    code: '170000',
    label: '局方原因停机',
    state: CardState.SUSPENDED,
    suspendReason: SuspendReason.OPERATOR,
  },
];
