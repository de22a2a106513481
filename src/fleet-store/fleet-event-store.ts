import type { AlertCondition, AlertRule, CardEvent, CardEventType, FleetFilter } from '../domain';

/**
 * The fleet store's event side (issue 15): alert rules, and the outbox the store's triggers fill
 * (`migrations/0003-fleet-events.ts`) as the stored state changes. Consumers (subscriptions,
 * webhooks) tail it by sequence; `cardEvents(first, after)` pages it newest first.
 */
export interface FleetEventStore {
  createAlertRule(input: AlertRuleInput): Promise<AlertRule>;
  /** `undefined` when no rule has this id. */
  updateAlertRule(id: string, patch: AlertRulePatch): Promise<AlertRule | undefined>;
  deleteAlertRule(id: string): Promise<boolean>;
  alertRules(signal?: AbortSignal): Promise<AlertRule[]>;

  /** A page of the history, newest first. */
  events(query: CardEventQuery, signal?: AbortSignal): Promise<CardEventPage>;
  /** Events after `sequence`, oldest first, at most `limit`: what a consumer has not seen yet. */
  eventsAfter(sequence: number, limit: number, signal?: AbortSignal): Promise<CardEvent[]>;
  /** The last sequence recorded (0 when none): where a new consumer starts. */
  lastEventSequence(signal?: AbortSignal): Promise<number>;
  /**
   * Calls `listener` after a transaction that recorded events commits, on any replica sharing the
   * database (PostgreSQL `LISTEN`, PGlite's in-process notifications). A hint only: consumers still
   * read `eventsAfter` and poll now and then, since a notification can be lost with a connection.
   * Resolves with the function that stops listening.
   */
  onEventsRecorded(listener: () => void): Promise<() => Promise<void>>;
}

export interface AlertRuleInput {
  name: string;
  condition: AlertCondition;
  filter: FleetFilter;
  enabled?: boolean;
}

export interface AlertRulePatch {
  name?: string;
  condition?: AlertCondition;
  filter?: FleetFilter;
  enabled?: boolean;
}

export interface CardEventQuery {
  types?: readonly CardEventType[];
  iccids?: readonly string[];
  /** Events whose card (as recorded with the event) matched this filter. */
  cards?: FleetFilter;
  first: number;
  /** The sequence of the last event of the previous page: this page holds older ones. */
  before?: number;
}

export interface CardEventPage {
  events: CardEvent[];
  hasNextPage: boolean;
}
