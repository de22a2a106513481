import type { ColumnType, Generated } from 'kysely';

/**
 * The store's tables as Kysely sees them (`migrations/`). Times are `timestamptz`, read as `Date`
 * by both `pg` and PGlite. KB counts are `bigint` columns: `pg` returns them as strings, PGlite as
 * numbers, so the mapping reads them through `Number()`.
 */
export interface FleetDatabase {
  fleet_card: FleetCardTable;
  fleet_sync_state: FleetSyncStateTable;
  fleet_rollup: FleetRollupTable;
  alert_rule: AlertRuleTable;
  fleet_event: FleetEventTable;
  webhook: WebhookTable;
  webhook_delivery: WebhookDeliveryTable;
}

/** `migrations/0004`. */
export interface WebhookTable {
  id: Generated<string>;
  url: string;
  events: string[];
  filter: ColumnType<unknown, string, string>;
  secret: string;
  enabled: Generated<boolean>;
  disabled_reason: string | null;
  consecutive_failures: Generated<number>;
  first_failure_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface WebhookDeliveryTable {
  id: Generated<string>;
  webhook_id: string;
  event_sequence: string | number;
  status: Generated<'PENDING' | 'DELIVERED' | 'FAILED'>;
  attempts: Generated<number>;
  next_attempt_at: Date | null;
  claimed_until: Date | null;
  first_attempt_at: Date | null;
  last_status: number | null;
  last_error: string | null;
  created_at: Generated<Date>;
  delivered_at: Date | null;
}

/** `migrations/0003`: a rule's condition is one of its three shapes, by `kind`. */
export interface AlertRuleTable {
  id: Generated<string>;
  name: string;
  kind: 'USAGE_AT_LEAST' | 'STATE_IN' | 'EXPIRES_WITHIN';
  percent: number | null;
  states: string[] | null;
  days: number | null;
  /** A `FleetFilter` as JSON (`expiresBefore` an ISO string). */
  filter: ColumnType<unknown, string, string>;
  enabled: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** The outbox, written only by the `fleet_card` trigger (`migrations/0003`). */
export interface FleetEventTable {
  sequence: ColumnType<string | number, never, never>;
  id: ColumnType<string, never, never>;
  type: string;
  iccid: string;
  occurred_at: Date;
  recorded_at: Date;
  rule_id: string | number | null;
  card: unknown;
  detail: unknown;
}

/** Counts per (state, carrier, usage month, quota band), kept by triggers (`migrations/0002`). */
export interface FleetRollupTable {
  state: string;
  carrier: string;
  /** `''` for cards without a usage reading. */
  usage_month: string;
  /** 0: below 80 % or no quota; 1: 80 % to below 100 %; 2: 100 % and more. */
  band: number;
  cards: ColumnType<string | number, never, never>;
  used_kb: ColumnType<string | number, never, never>;
}

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type BigIntColumn = ColumnType<string | number, number, number>;

export interface FleetCardTable {
  iccid: string;
  msisdn: string | null;
  imsi: string | null;
  carrier: string;
  /** False for a card built without Shingsou inventory (`Card.inventory` absent). */
  has_inventory: boolean;
  type_id: number | null;
  type_name: string | null;
  category_id: number | null;
  category_name: string | null;
  tags: ColumnType<string[], string[], string[]>;
  remark: string | null;
  package_name: string | null;
  opened_at: Timestamp | null;
  activated_at: Timestamp | null;
  expires_at: Timestamp | null;
  real_name: boolean | null;
  inventory_synced_at: Timestamp;

  state: string | null;
  suspend_reason: string | null;
  barring: string | null;
  status_source: string | null;
  status_carrier: string | null;
  status_code: string | null;
  status_label: string | null;
  stop_reason: string | null;
  /** When the carrier said it (`CardStatus.checkedAt`). */
  status_checked_at: Timestamp | null;
  /** When the state last became what it is (kept across readings of the same state). */
  state_changed_at: Timestamp | null;
  status_synced_at: Timestamp | null;

  usage_month: string | null;
  used_kb: BigIntColumn | null;
  quota_kb: BigIntColumn | null;
  remaining_kb: BigIntColumn | null;
  usage_as_of: Timestamp | null;
  usage_source: string | null;
  /** Generated: `used_kb * 100 / quota_kb`, null without a positive quota. */
  usage_percent: ColumnType<number | null, never, never>;
  usage_synced_at: Timestamp | null;
}

export interface FleetSyncStateTable {
  key: string;
  value: string;
  updated_at: Generated<Date>;
}
