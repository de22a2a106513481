/**
 * Webhook delivery building blocks (issue 15 item 4), independent of the outbox that calls them:
 * the event body, signing, where a webhook may point, one attempt, when to retry and when to stop.
 */
export type { JsonValue, WebhookEventBody, WebhookEventType } from './webhook-event-body';
export { DEFAULT_TOLERANCE_SEC, generateWebhookSecret, SIGNATURE_HEADER, signWebhook, verifyWebhookSignature } from './signature';
export type { SignatureCheck, SignatureProblem, VerifyOptions } from './signature';
export { isPrivateAddress } from './private-addresses';
export { assertDeliverableAddress, checkWebhookUrl, DEFAULT_DNS_TIMEOUT_MS, MAX_WEBHOOK_URL_LENGTH } from './webhook-url';
export type { AddressCheck, AddressCheckOptions, AddressPolicy, ResolveHost, WebhookUrlCheck, WebhookUrlProblem } from './webhook-url';
export { createWebhookAgent } from './webhook-agent';
export type { WebhookAgent, WebhookAgentOptions } from './webhook-agent';
export { DEFAULT_DELIVERY_TIMEOUT_MS, deliverWebhook, EVENT_ID_HEADER, MAX_ANSWER_BYTES, WEBHOOK_USER_AGENT } from './deliver';
export type { WebhookDelivery } from './deliver';
export type { DeliveryErrorCode, DeliveryFailure, DeliveryResult, DeliverySuccess } from './delivery-result';
export { DELIVERY_WINDOW_MS, nextAttemptAt, RETRY_BASE_DELAY_MS, RETRY_JITTER, RETRY_MAX_DELAY_MS, retryDelayMs } from './retry-schedule';
export { DISABLE_AFTER_FAILURES, DISABLE_AFTER_MS, disableReason, shouldDisable } from './disable-rule';
export type { FailureRun } from './disable-rule';
