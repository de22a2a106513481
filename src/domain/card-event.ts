import type { KnownCarrier } from './carrier';
import type { CardState } from './card-state';
import type { FleetFilter } from './fleet-filter';

/**
 * What happened to a card, as the fleet store saw it change (issue 15 §1). Neither upstream pushes
 * anything: a change becomes visible when the fleet sync, a live read or one of our own writes
 * refreshes the stored state, and the event is recorded in the same transaction as that change
 * (the outbox, `fleet-store/migrations/0003`), once, with a stable id.
 */
export type CardEventType = 'STATUS_CHANGED' | 'USAGE_THRESHOLD_CROSSED' | 'EXPIRING';

export const CARD_EVENT_TYPES: readonly CardEventType[] = ['STATUS_CHANGED', 'USAGE_THRESHOLD_CROSSED', 'EXPIRING'];

/** One side of a status change: the normalized state and the carrier's own words. */
export interface CardEventStatus {
  state: CardState;
  suspendReason: string | null;
  rawCode: string | null;
  rawLabel: string | null;
  /** The carrier's stop reason (停机原因), when it gave one. */
  stopReason: string | null;
}

/**
 * The card as it was when the event was recorded: enough to match a `FleetFilter` later (a
 * subscription or a webhook) without reading the store again.
 */
export interface CardEventSnapshot {
  iccid: string;
  msisdn: string | null;
  carrier: KnownCarrier;
  state: CardState;
  tags: string[];
  typeId: number | null;
  categoryId: number | null;
  usagePercent: number | null;
  expiresAt: string | null;
  realName: boolean | null;
}

interface CardEventBase {
  /** Stable, unique: a receiver deduplicates on it. */
  id: string;
  /** The outbox order: later events have larger sequence numbers. */
  sequence: number;
  /** When the carrier said it (status), the usage was counted (threshold) or the store saw it (expiry). */
  occurredAt: Date;
  recordedAt: Date;
  card: CardEventSnapshot;
}

export interface StatusChangedEvent extends CardEventBase {
  type: 'STATUS_CHANGED';
  from: CardEventStatus;
  to: CardEventStatus;
  /** The `STATE_IN` alert rules this change entered. */
  ruleIds: string[];
}

export interface UsageThresholdCrossedEvent extends CardEventBase {
  type: 'USAGE_THRESHOLD_CROSSED';
  ruleId: string;
  /** The rule's threshold, in percent of the month's quota. */
  thresholdPercent: number;
  /** The usage that crossed it. */
  usagePercent: number;
}

export interface ExpiringEvent extends CardEventBase {
  type: 'EXPIRING';
  ruleId: string;
  expiresAt: Date;
  /** Whole days left when it was recorded, rounded up. */
  daysLeft: number;
}

export type CardEvent = StatusChangedEvent | UsageThresholdCrossedEvent | ExpiringEvent;

/**
 * What makes the store record an alert (issue 15 §2), limited to the cards a filter matches. A
 * threshold fires when a card crosses it and not again until the card falls back below it.
 */
export type AlertCondition = { kind: 'USAGE_AT_LEAST'; percent: number } | { kind: 'STATE_IN'; states: CardState[] } | { kind: 'EXPIRES_WITHIN'; days: number };

export interface AlertRule {
  id: string;
  name: string;
  condition: AlertCondition;
  filter: FleetFilter;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}
