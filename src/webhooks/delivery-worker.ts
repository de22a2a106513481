import pino, { type Logger } from 'pino';
import type { CardEvent } from '../domain';
import type { FleetStore } from '../fleet-store/fleet-store';
import type { ClaimedDelivery, DeliveryAttemptOutcome } from '../fleet-store/webhook-store';
import { deliverWebhook } from './deliver';
import { disableReason, shouldDisable } from './disable-rule';
import { nextAttemptAt } from './retry-schedule';
import type { WebhookAgent } from './webhook-agent';
import type { JsonValue, WebhookEventBody } from './webhook-event-body';

export interface DeliveryWorkerOptions {
  store: Pick<FleetStore, 'claimDeliveries' | 'recordDeliveryAttempt' | 'onEventsRecorded'>;
  /** Whether the store is open: the worker never opens demo mode's lazily opened store. Default: always. */
  isOpen?: () => boolean;
  /** The process's connection pool, which decides whether private addresses may be reached. */
  agent: WebhookAgent;
  log?: Logger;
  /** Between looks at the queue when nothing woke the worker. Default 1 s. */
  pollMs?: number;
  /** Deliveries claimed at once; they are attempted concurrently. Default 8. */
  batch?: number;
  /** One attempt's whole deadline. Default 10 s. */
  timeoutMs?: number;
  /** How long a claim holds a delivery: longer than an attempt, so no other replica takes it meanwhile. Default 60 s. */
  leaseMs?: number;
  /** When to try again (default `retry-schedule.ts`); tests shorten it. */
  nextAttemptAt?: (firstAttemptAt: Date, attempts: number, now: Date) => Date | undefined;
}

export interface DeliveryWorker {
  /** Stops claiming, lets attempts in flight end (bounded by their deadline), at most `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
}

/** The JSON a receiver gets: the event as its id, type, times, card and its kind's data. */
export function webhookBody(event: CardEvent): WebhookEventBody {
  const data: { [key: string]: JsonValue } =
    event.type === 'STATUS_CHANGED'
      ? {
          from: { ...event.from },
          to: { ...event.to },
          alertRuleIds: event.ruleIds,
        }
      : event.type === 'USAGE_THRESHOLD_CROSSED'
        ? {
            alertRuleId: event.ruleId,
            thresholdPercent: event.thresholdPercent,
            usagePercent: event.usagePercent,
          }
        : {
            alertRuleId: event.ruleId,
            expiresAt: event.expiresAt.toISOString(),
            daysLeft: event.daysLeft,
          };
  return {
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    recordedAt: event.recordedAt.toISOString(),
    card: {
      iccid: event.card.iccid,
      msisdn: event.card.msisdn,
      carrier: event.card.carrier,
    },
    data,
  };
}

/**
 * Every replica runs one: it claims due deliveries (one replica at a time per delivery, through
 * the store's `SKIP LOCKED` claim and lease), POSTs them signed, and records each attempt: a
 * success, a retry at the back-off schedule, a give-up after 24 hours, or a disabled webhook
 * after a run of failures. Woken by the store's event notifications, and polling besides. Nothing
 * here throws into the process: a failing store is logged once per transition and retried.
 */
export function startDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const log = options.log ?? pino({ level: 'silent' });
  const pollMs = options.pollMs ?? 1000;
  const batch = options.batch ?? 8;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const isOpen = options.isOpen ?? (() => true);
  const schedule = options.nextAttemptAt ?? nextAttemptAt;
  const controller = new AbortController();
  let wake: (() => void) | undefined;
  let unlisten: (() => Promise<void>) | undefined;
  let storeFailing = false;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        controller.signal.removeEventListener('abort', done);
        resolve();
      }
      wake = done;
      controller.signal.addEventListener('abort', done, { once: true });
    });

  async function attempt(claimed: ClaimedDelivery): Promise<void> {
    const result = await deliverWebhook({
      url: claimed.url,
      secret: claimed.secret,
      body: JSON.stringify(webhookBody(claimed.event)),
      eventId: claimed.event.id,
      agent: options.agent,
      timeoutMs,
      signal: controller.signal,
    });
    let outcome: DeliveryAttemptOutcome;
    if (result.ok) {
      outcome = { ok: true, status: result.status };
    } else {
      const now = new Date();
      const failures = claimed.consecutiveFailures + 1;
      const firstFailureAt = claimed.firstFailureAt ?? now;
      const next = result.retryable ? schedule(claimed.firstAttemptAt, claimed.attempt, now) : undefined;
      const disable = shouldDisable(failures, firstFailureAt, now, result)
        ? disableReason({
            consecutiveFailures: failures,
            firstFailureAt,
            lastFailure: result,
          })
        : undefined;
      outcome = {
        ok: false,
        status: result.status ?? null,
        error: `${result.error}: ${result.message}`,
        ...(next ? { nextAttemptAt: next } : {}),
        ...(disable ? { disable } : {}),
      };
      if (disable) log.warn({ webhookId: claimed.webhookId, reason: disable }, 'webhook disabled');
    }
    await options.store.recordDeliveryAttempt(claimed.deliveryId, outcome);
  }

  async function listen(): Promise<void> {
    if (unlisten) return;
    unlisten = await options.store.onEventsRecorded(() => wake?.());
  }

  const loop = (async () => {
    while (!controller.signal.aborted) {
      if (!isOpen()) {
        await pause(pollMs);
        continue;
      }
      try {
        await listen();
        const claimed = await options.store.claimDeliveries(batch, leaseMs);
        if (storeFailing) log.info('webhook deliveries: the store answers again');
        storeFailing = false;
        if (claimed.length === 0) {
          await pause(pollMs);
          continue;
        }
        // A failed record leaves the claim to expire: the delivery is attempted again (at least once).
        const recorded = await Promise.allSettled(claimed.map(attempt));
        const failed = recorded.find((r): r is PromiseRejectedResult => r.status === 'rejected');
        if (failed) throw failed.reason;
      } catch (error) {
        if (!storeFailing) log.warn({ reason: (error as Error).message }, 'webhook deliveries: the store failed; retrying');
        storeFailing = true;
        await pause(Math.max(pollMs, 1000));
      }
    }
  })();

  return {
    async stop(stopTimeoutMs = 5000) {
      controller.abort();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([loop, new Promise<void>((resolve) => (timer = setTimeout(resolve, stopTimeoutMs)))]);
      clearTimeout(timer);
      await unlisten?.().catch(() => undefined);
    },
  };
}
