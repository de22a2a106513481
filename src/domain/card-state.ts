/**
 * The normalized card lifecycle and the `CardStatus` model (`upstreams/card-status.md` §1–§3).
 */

import type { Carrier } from './carrier';

/** §2. One lifecycle across the three carriers. */
export const CardState = {
  /** No answer yet, or a code outside the tables. Never a guess. */
  UNKNOWN: 'UNKNOWN',
  /** The carrier says the number does not exist (China Mobile `99`). */
  NOT_FOUND: 'NOT_FOUND',
  /** In stock (库存), not deployed. */
  INVENTORY: 'INVENTORY',
  /** Test period (可测试, 测试期, 体验). */
  TEST: 'TEST',
  /** Ready (待激活, 可激活, 沉默期/休眠); activates on first use. */
  ACTIVATION_READY: 'ACTIVATION_READY',
  /** In service (正常, 在用, 已激活). */
  ACTIVE: 'ACTIVE',
  /** Service stopped, number kept (停机, 已停用). Reversible. */
  SUSPENDED: 'SUSPENDED',
  /** Scheduled for cancellation (预销号, 预销户, 预拆机, 已失效); may still be revived. */
  PRE_TERMINATION: 'PRE_TERMINATION',
  /** Cancelled, purged or transferred away (销号, 销户, 拆机, 已清除, 过户). */
  TERMINATED: 'TERMINATED',
} as const;
export type CardState = (typeof CardState)[keyof typeof CardState];

export const CARD_STATES: readonly CardState[] = Object.values(CardState);

/** §3. Set only when the state is `SUSPENDED`. */
export const SuspendReason = {
  /** 主动（申请）停机, 用户报停, Unicom 已停用 (inferred). */
  USER_REQUEST: 'USER_REQUEST',
  /** 停机保号: a user-requested stop that keeps the number. */
  KEEP_NUMBER: 'KEEP_NUMBER',
  /** 欠停, 欠费停机, 信控停机, China Mobile 单向停机 (inferred). */
  ARREARS: 'ARREARS',
  /** 违章停机, 强制停机. */
  VIOLATION: 'VIOLATION',
  /** 未实名制违规停机. */
  REAL_NAME: 'REAL_NAME',
  /** 挂失. */
  LOST: 'LOST',
  /** 数据异常停机. */
  DATA_ANOMALY: 'DATA_ANOMALY',
  /** 局方原因停机, M2M 管理停机. */
  OPERATOR: 'OPERATOR',
  /** 机卡分离停机. */
  DEVICE_BINDING: 'DEVICE_BINDING',
  /** 区域限制（位置固定）管理型停机. */
  REGION_LIMIT: 'REGION_LIMIT',
  /** 窄带网商品到期失效停机. */
  PLAN_EXPIRED: 'PLAN_EXPIRED',
  /** A stop whose cause the code does not carry. */
  OTHER: 'OTHER',
} as const;
export type SuspendReason = (typeof SuspendReason)[keyof typeof SuspendReason];

export const SUSPEND_REASONS: readonly SuspendReason[] = Object.values(SuspendReason);

/**
 * §3: self-service resume is allowed only after a customer-requested stop. This is a hint for
 * clients: the gateway never refuses a resume from it, because several raw codes do not carry
 * the cause (China Mobile `02` without a stop reason reads `OTHER`); the upstream decides.
 */
export function isCustomerRequestedStop(reason: SuspendReason): boolean {
  return reason === SuspendReason.USER_REQUEST || reason === SuspendReason.KEEP_NUMBER;
}

/** §3: 单向 / 双向. Set only when the raw code implies it. */
export const Barring = {
  ONE_WAY: 'ONE_WAY',
  TWO_WAY: 'TWO_WAY',
} as const;
export type Barring = (typeof Barring)[keyof typeof Barring];

/** §1: which upstream field the raw code came from. */
export const StatusSource = {
  /** CMIOT v2 `userstatusrealsingle.STATUS` (always the PB code set). */
  CMIOT_V2: 'CMIOT_V2',
  /** CMIOT v5 `sim-status.cardStatus` of a OneLink-PB card. */
  CMIOT_V5_PB: 'CMIOT_V5_PB',
  /** CMIOT v5 `sim-status.cardStatus` of a OneLink-CT card. */
  CMIOT_V5_CT: 'CMIOT_V5_CT',
  /** Shingsou FlowCard `status` (per-operator table, `shingsou.md` §6.7). */
  SHINGSOU: 'SHINGSOU',
} as const;
export type StatusSource = (typeof StatusSource)[keyof typeof StatusSource];

export const STATUS_SOURCES: readonly StatusSource[] = Object.values(StatusSource);

/** §1: the raw answer, always kept beside the normalized state. */
export interface RawCardStatus {
  source: StatusSource;
  /**
   * §1 lists the three real carriers; `UNKNOWN` is possible only when an upstream reports an
   * operator we do not know, and then the state is `UNKNOWN` too.
   */
  carrier: Carrier;
  /** Exactly as received: `"07"`, `"7"`, `"120000"`, `"-1"`. Never a number. */
  code: string;
  /** The Chinese label from the vendor's table, `""` when the code is not in it. */
  label: string;
  /** CMIOT 12-character stop reason (`cmiot.md` §3.7), when fetched. */
  stopReason?: string;
}

/** §1. */
export interface CardStatus {
  state: CardState;
  /** Only when `state` is `SUSPENDED`. */
  suspendReason?: SuspendReason;
  /** Only when the raw code says 单向/双向 (§3). */
  barring?: Barring;
  raw: RawCardStatus;
  /** ISO-8601 with offset. */
  checkedAt: string;
}
