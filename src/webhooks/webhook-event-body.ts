import type { CardEventType } from '../domain/card-event';
import type { KnownCarrier } from '../domain/carrier';

/** A value `JSON.parse` can return: what an event's type-specific `data` holds. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The kinds of fleet event the outbox records (issue 15 §1): the domain's own. */
export type WebhookEventType = CardEventType;

/**
 * The JSON body of one delivery, exactly as a receiver reads it. The caller serializes it once
 * and passes the string to `deliverWebhook`: the signature covers those bytes, and every retry
 * of the event sends the same ones.
 */
export interface WebhookEventBody {
  /** Stable across retries: the receiver deduplicates on it (delivery is at least once). */
  id: string;
  type: WebhookEventType;
  /** ISO 8601: when it happened (the carrier's time for a status change). */
  occurredAt: string;
  /** ISO 8601: when the gateway recorded it. */
  recordedAt: string;
  card: {
    iccid: string;
    msisdn: string | null;
    carrier: KnownCarrier;
  };
  /** Type-specific: the statuses of a change, the threshold crossed, the days left. */
  data: { [key: string]: JsonValue };
}
