import type { CardEventType } from './card-event';
import type { FleetFilter } from './fleet-filter';

/**
 * An operator's HTTPS endpoint for fleet events (issue 15 §4). Its secret signs every delivery
 * and is shown once, when the webhook is created: it is not part of this value.
 */
export interface Webhook {
  id: string;
  url: string;
  events: CardEventType[];
  filter: FleetFilter;
  enabled: boolean;
  /** Why the gateway disabled it (a run of failures, a 410); `null` while enabled or disabled by hand. */
  disabledReason: string | null;
  consecutiveFailures: number;
  createdAt: Date;
  updatedAt: Date;
}

export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** One event's delivery to one webhook, with its attempts so far. */
export interface WebhookDeliveryRecord {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: CardEventType;
  status: WebhookDeliveryStatus;
  attempts: number;
  /** The receiver's last HTTP status, when it answered. */
  lastStatus: number | null;
  /** The last failure's code and message (never the secret, the URL or the body). */
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
}
