import type { Readable } from 'node:stream';
import { request, type Dispatcher } from 'undici';
import { answered, failed, type DeliveryResult } from './delivery-result';
import { errorCode } from './error-code';
import { signWebhook, SIGNATURE_HEADER } from './signature';
import { AddressCheckFailed, createWebhookAgent, type WebhookAgent } from './webhook-agent';
import { checkWebhookUrl } from './webhook-url';

export const EVENT_ID_HEADER = 'SimGraph-Event-Id';
export const WEBHOOK_USER_AGENT = 'SimGraph-Webhooks/1';
export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;

/** The most of a receiver's answer read before the connection is dropped; it is discarded either way. */
export const MAX_ANSWER_BYTES = 4 * 1024;

interface DeliveryFields {
  url: string;
  /** The webhook's secret: the signature's key; never in a result, a message or a log. */
  secret: string;
  /** The serialized `WebhookEventBody`, the same bytes on every attempt. */
  body: string;
  /** The event's id, sent as `SimGraph-Event-Id` too so a receiver can deduplicate before parsing. */
  eventId: string;
  /** The whole attempt, DNS and connect to the answer's last byte read. Default 10 s. */
  timeoutMs?: number;
  /** Ends the attempt early (the process is stopping): `ABORTED`. */
  signal?: AbortSignal;
}

/**
 * One delivery attempt. With `agent` (the process's pool, `createWebhookAgent`) private delivery
 * is the agent's choice; without one, `allowPrivate` says it (default false) and the attempt
 * uses a pool of its own, closed after it.
 */
export type WebhookDelivery = DeliveryFields & ({ agent: WebhookAgent; allowPrivate?: undefined } | { agent?: undefined; allowPrivate?: boolean });

/**
 * POSTs one event to its webhook, signed, and says how it went; never throws for anything the
 * receiver or the network does. No retry here: the outbox schedules them (`retry-schedule.ts`).
 *
 * One deadline for the whole attempt, rather than undici's per-phase timers as `upstreams/http.ts`
 * uses: a receiver that trickles its headers or body byte by byte would otherwise hold a delivery
 * for several times `timeoutMs`. Its AbortSignal costs little here: a delivery is one per event,
 * not one per GraphQL field. Redirects are not followed (undici's `request` follows none): the
 * signature is for this URL, and a redirect could lead past the address check.
 *
 * `now` is the signature's time.
 */
export async function deliverWebhook(delivery: WebhookDelivery, now: Date = new Date()): Promise<DeliveryResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const timeoutMs = delivery.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS;
  const allowPrivate = delivery.agent ? delivery.agent.allowPrivate : (delivery.allowPrivate ?? false);

  const target = checkWebhookUrl(delivery.url, { allowPrivate });
  // The URL itself is refused: no later attempt will do better until the operator changes it.
  if (!target.ok) return failed('ADDRESS_REFUSED', target.message, false, elapsed());
  if (delivery.signal?.aborted) return failed('ABORTED', 'the delivery was cancelled before it started', true, elapsed());

  let ended: 'TIMEOUT' | 'ABORTED' | undefined;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    ended ??= 'TIMEOUT';
    controller.abort();
  }, timeoutMs);
  const cancelled = () => {
    ended ??= 'ABORTED';
    controller.abort();
  };
  delivery.signal?.addEventListener('abort', cancelled, { once: true });
  const agent = delivery.agent ?? createWebhookAgent({ allowPrivate });
  try {
    let response: Dispatcher.ResponseData;
    try {
      response = await request(target.url, {
        method: 'POST',
        dispatcher: agent.dispatcher,
        signal: controller.signal,
        headers: {
          'content-type': 'application/json',
          'user-agent': WEBHOOK_USER_AGENT,
          [SIGNATURE_HEADER]: signWebhook(delivery.body, delivery.secret, now),
          [EVENT_ID_HEADER]: delivery.eventId,
        },
        body: delivery.body,
      });
    } catch (error) {
      if (ended === 'TIMEOUT') return failed('TIMEOUT', `the receiver did not answer within ${timeoutMs} ms`, true, elapsed());
      if (ended === 'ABORTED') return failed('ABORTED', 'the delivery was cancelled while in flight', true, elapsed());
      return transportFailure(error, timeoutMs, elapsed());
    }
    // The status is the receiver's answer; the body only lets the connection be reused.
    await discardAnswer(response.body);
    return answered(response.statusCode, elapsed());
  } finally {
    clearTimeout(timer);
    delivery.signal?.removeEventListener('abort', cancelled);
    if (!delivery.agent) await agent.dispatcher.destroy();
  }
}

function transportFailure(error: unknown, timeoutMs: number, durationMs: number): DeliveryResult {
  if (error instanceof AddressCheckFailed) {
    // A private address is not sent to, now or later, unless DNS changes: tried again like any
    // failure (DNS may change back), and the disable rule ends a run of them.
    return error.failure.code === 'ADDRESS_REFUSED' ? failed('ADDRESS_REFUSED', error.message, true, durationMs) : failed('NETWORK', error.message, true, durationMs);
  }
  const code = errorCode(error);
  // undici's connect timeout (10 s) fires before ours when `timeoutMs` is longer.
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return failed('TIMEOUT', `could not connect to the receiver within ${timeoutMs} ms`, true, durationMs);
  // Only the code: an error's message may quote the host, the address or the URL.
  return failed('NETWORK', `the receiver could not be reached (${code ?? 'unknown error'})`, true, durationMs);
}

/**
 * Reads up to `MAX_ANSWER_BYTES` of the answer and drops the rest with the connection. A read
 * that fails or times out changes nothing: the status has been received.
 */
async function discardAnswer(body: Readable): Promise<void> {
  let read = 0;
  try {
    for await (const chunk of body) {
      read += (chunk as Buffer).length;
      // Leaving the loop destroys the stream, and with it the connection.
      if (read > MAX_ANSWER_BYTES) break;
    }
  } catch {
    // Aborted by the deadline, or reset by the receiver after its status.
  }
}
