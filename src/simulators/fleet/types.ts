/**
 * The simulators' one shared dataset. Both simulators read and change the same `SimCard`
 * objects, so a card stopped through Shingsou reads back as stopped through CMIOT.
 *
 * The simulators keep their own vocabulary on purpose and import nothing from `src/domain`:
 * a test that round-trips a rendered code through the gateway's mapper would prove nothing if
 * both sides shared one table (`upstreams/card-status.md` §6).
 */
export type SimCarrier = 'CHINA_MOBILE' | 'CHINA_UNICOM' | 'CHINA_TELECOM';

export type SimState =
  | 'INVENTORY'
  | 'TEST'
  | 'ACTIVATION_READY'
  | 'ACTIVE'
  | 'SUSPENDED'
  | 'PRE_TERMINATION'
  | 'TERMINATED'
  | 'NOT_FOUND';

export type SimSuspendReason =
  | 'USER_REQUEST'
  | 'KEEP_NUMBER'
  | 'ARREARS'
  | 'VIOLATION'
  | 'REAL_NAME'
  | 'LOST'
  | 'DATA_ANOMALY'
  | 'OPERATOR'
  | 'DEVICE_BINDING'
  | 'REGION_LIMIT'
  | 'PLAN_EXPIRED'
  | 'OTHER';

/** China Mobile cards live on one of the two OneLink platforms (`cmiot.md` §6). */
export type SimPlatform = 'PB' | 'CT';

export type ChangeKind = 'STOP' | 'RESUME' | 'OTHER';

export interface SimCard {
  iccid: string;
  msisdn: string;
  imsi: string;
  carrier: SimCarrier;
  /** China Mobile only; `null` for Telecom and Unicom cards. */
  platform: SimPlatform | null;
  state: SimState;
  /** Set only when `state` is SUSPENDED. */
  suspendReason: SimSuspendReason | null;
  barring: 'ONE_WAY' | 'TWO_WAY' | null;
  /** CMIOT 12-character stop reason (`cmiot.md` §3.7), all `0` when not stopped. */
  stopReason: string;
  /** Epoch ms of the last change of each kind, for the per-card cooldown. */
  lastChangeAt: Partial<Record<ChangeKind, number>>;
  statusChangedAt: number;
  openedAt: number;
  activatedAt: number | null;
  expiresAt: number | null;
  /** Data used per month, `yyyy-MM` -> KB. */
  usageKb: Record<string, number>;
  /**
   * Extra quota per month, `yyyy-MM` -> KB, added by paid recharge orders (`shingsou.md` §6.3:
   * "the package's quota is added to the card's month").
   */
  topUpKb: Record<string, number>;
  /** Data quota of the current package in KB; `null` when the package has no quota. */
  quotaKb: number | null;
  packageId: number | null;
  location: { lng: number; lat: number; accuracy: number; at: number } | null;
  session: { online: boolean; ip: string; apn: string; rat: string; since: number };
  realName: { verified: boolean; at: number | null };
  balanceFen: number;
  typeId: number | null;
  categoryId: number | null;
  tags: string[];
  remark: string;
  /** Account that owns the card in Shingsou; transfers move it. */
  owner: string;
  /** Cards known only to CMIOT are absent from the Shingsou inventory. */
  inShingsou: boolean;
  /** Usage that grew by itself (`usage-growth.ts`, knob `usageGrowth`); absent if it never grew. */
  growth?: SimUsageGrowth;
}

/**
 * A card's usage growth. It accrues only while the card is ACTIVE: leaving ACTIVE files the
 * accrual per day, so usage never shrinks and a suspended card uses nothing.
 */
export interface SimUsageGrowth {
  /** KB per minute while ACTIVE; 0 once growth is off for this card. */
  kbPerMinute: number;
  /** Start of the accrual under way (epoch ms); `null` while the card does not grow. */
  since: number | null;
  /** Accruals that ended, per Asia/Shanghai day: epoch ms of the day's midnight → KB (fractional). */
  byDay: Map<number, number>;
}
