import type { CardEvent, CardEventType, FleetFilter, Webhook, WebhookDeliveryRecord } from '../domain';

/**
 * The fleet store's webhook side (issue 15 §4–5): webhooks, and the delivery queue the outbox
 * fills (`migrations/0004-webhooks.ts`). Every replica's worker claims due deliveries; a claim
 * holds one delivery for `leaseMs`, so no two replicas attempt it at once.
 */
export interface WebhookStore {
  /** `secret` is stored to sign deliveries and never read back by these methods. */
  createWebhook(input: WebhookInput & { secret: string }): Promise<Webhook>;
  /** `undefined` when no webhook has this id. Enabling a webhook clears its failure run. */
  updateWebhook(id: string, patch: Partial<WebhookInput> & { enabled?: boolean }): Promise<Webhook | undefined>;
  deleteWebhook(id: string): Promise<boolean>;
  webhooks(signal?: AbortSignal): Promise<Webhook[]>;
  /** A webhook's deliveries, newest first; `before` is the id of the last of the previous page. */
  webhookDeliveries(webhookId: string, page: { first: number; before?: string }, signal?: AbortSignal): Promise<{ deliveries: WebhookDeliveryRecord[]; hasNextPage: boolean }>;

  /** Due deliveries of enabled webhooks, claimed for `leaseMs`, their attempt counted. */
  claimDeliveries(limit: number, leaseMs: number): Promise<ClaimedDelivery[]>;
  /** What the attempt of a claimed delivery came to. */
  recordDeliveryAttempt(deliveryId: string, outcome: DeliveryAttemptOutcome): Promise<void>;
}

export interface WebhookInput {
  url: string;
  events: CardEventType[];
  filter: FleetFilter;
}

export interface ClaimedDelivery {
  deliveryId: string;
  webhookId: string;
  url: string;
  /** The HMAC key: for the signature only. */
  secret: string;
  event: CardEvent;
  /** This attempt's number, from 1. */
  attempt: number;
  firstAttemptAt: Date;
  /** The webhook's failure run before this attempt. */
  consecutiveFailures: number;
  firstFailureAt: Date | null;
}

export type DeliveryAttemptOutcome =
  | { ok: true; status: number }
  | {
      ok: false;
      status: number | null;
      /** Code and message, never the secret, the URL or the body. */
      error: string;
      /** When to try again; absent: give up (FAILED). */
      nextAttemptAt?: Date;
      /** Disable the webhook with this reason. */
      disable?: string;
    };
