import { z } from 'zod';
import { CARD_STATES, KNOWN_CARRIERS, type AlertCondition, type AlertRule, type CardEvent, type CardState, type FleetFilter, type KnownCarrier } from '../domain';
import type { AlertRuleTable } from './database';

/**
 * Rows of `fleet_event` and `alert_rule` → domain values. The JSON columns are written by our own
 * trigger and mutations, and still parsed: a row that does not parse is a store fault, not a value.
 */

const state = z.enum(CARD_STATES as [CardState, ...CardState[]]);
const carrier = z.enum(KNOWN_CARRIERS as [KnownCarrier, ...KnownCarrier[]]);

const snapshot = z.object({
  iccid: z.string(),
  msisdn: z.string().nullable(),
  carrier,
  state,
  tags: z.array(z.string()),
  typeId: z.number().nullable(),
  categoryId: z.number().nullable(),
  usagePercent: z.number().nullable(),
  expiresAt: z.string().nullable(),
  realName: z.boolean().nullable(),
});

const status = z.object({
  state,
  suspendReason: z.string().nullable(),
  rawCode: z.string().nullable(),
  rawLabel: z.string().nullable(),
  stopReason: z.string().nullable(),
});

const statusDetail = z.object({
  from: status,
  to: status,
  ruleIds: z.array(z.string()),
});
const usageDetail = z.object({
  thresholdPercent: z.number(),
  usagePercent: z.number(),
});
const expiryDetail = z.object({ expiresAt: z.string(), daysLeft: z.number() });

export interface FleetEventRecord {
  sequence: string | number;
  id: string;
  type: string;
  occurred_at: Date;
  recorded_at: Date;
  rule_id: string | number | null;
  card: unknown;
  detail: unknown;
}

export function toCardEvent(row: FleetEventRecord): CardEvent {
  const base = {
    id: row.id,
    sequence: Number(row.sequence),
    occurredAt: new Date(row.occurred_at),
    recordedAt: new Date(row.recorded_at),
    card: snapshot.parse(row.card),
  };
  switch (row.type) {
    case 'STATUS_CHANGED':
      return {
        ...base,
        type: 'STATUS_CHANGED',
        ...statusDetail.parse(row.detail),
      };
    case 'USAGE_THRESHOLD_CROSSED':
      return {
        ...base,
        type: 'USAGE_THRESHOLD_CROSSED',
        ruleId: String(row.rule_id),
        ...usageDetail.parse(row.detail),
      };
    case 'EXPIRING': {
      const detail = expiryDetail.parse(row.detail);
      return {
        ...base,
        type: 'EXPIRING',
        ruleId: String(row.rule_id),
        expiresAt: new Date(detail.expiresAt),
        daysLeft: detail.daysLeft,
      };
    }
    default:
      throw new Error(`Unknown event type in the outbox: ${row.type}`);
  }
}

/** A filter as JSON: arrays and scalars as they are, `expiresBefore` as ISO; absent keys omitted. */
export function filterToJson(filter: FleetFilter): string {
  return JSON.stringify({
    ...filter,
    ...(filter.expiresBefore ? { expiresBefore: filter.expiresBefore.toISOString() } : {}),
  });
}

const storedFilter = z.object({
  states: z.array(state).optional(),
  carriers: z.array(carrier).optional(),
  tags: z.array(z.string()).optional(),
  typeIds: z.array(z.number()).optional(),
  categoryIds: z.array(z.number()).optional(),
  keyword: z.string().optional(),
  usagePercentAtLeast: z.number().optional(),
  expiresBefore: z.string().optional(),
  realName: z.boolean().optional(),
});

export function filterFromJson(value: unknown): FleetFilter {
  const { expiresBefore, ...rest } = storedFilter.parse(value);
  return {
    ...rest,
    ...(expiresBefore === undefined ? {} : { expiresBefore: new Date(expiresBefore) }),
  };
}

export interface AlertRuleRecord {
  id: string | number;
  name: string;
  kind: AlertRuleTable['kind'];
  percent: number | null;
  states: string[] | null;
  days: number | null;
  filter: unknown;
  enabled: boolean;
  created_at: Date;
  updated_at: Date;
}

export function toAlertRule(row: AlertRuleRecord): AlertRule {
  return {
    id: String(row.id),
    name: row.name,
    condition: conditionOf(row),
    filter: filterFromJson(row.filter),
    enabled: row.enabled,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

function conditionOf(row: AlertRuleRecord): AlertCondition {
  switch (row.kind) {
    case 'USAGE_AT_LEAST':
      return { kind: 'USAGE_AT_LEAST', percent: Number(row.percent) };
    case 'STATE_IN':
      return { kind: 'STATE_IN', states: z.array(state).parse(row.states) };
    case 'EXPIRES_WITHIN':
      return { kind: 'EXPIRES_WITHIN', days: Number(row.days) };
  }
}

/** The condition as the table's columns (the others null). */
export function conditionColumns(condition: AlertCondition): Pick<AlertRuleRecord, 'kind' | 'percent' | 'states' | 'days'> {
  switch (condition.kind) {
    case 'USAGE_AT_LEAST':
      return {
        kind: condition.kind,
        percent: condition.percent,
        states: null,
        days: null,
      };
    case 'STATE_IN':
      return {
        kind: condition.kind,
        percent: null,
        states: [...condition.states],
        days: null,
      };
    case 'EXPIRES_WITHIN':
      return {
        kind: condition.kind,
        percent: null,
        states: null,
        days: condition.days,
      };
  }
}
