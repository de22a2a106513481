import type { CardEventType } from '../../domain';
import type { WebhookInput as StoreWebhookInput } from '../../fleet-store/webhook-store';
import { checkWebhookUrl } from '../../webhooks/webhook-url';
import { BadUserInputError } from '../errors';
import { checkFleetFilter } from '../fleet/fleet.checks';
import type { WebhookInput, WebhookPatchInput } from './webhook.input';

/** Each webhook costs a delivery per matching event: a bounded number keeps the queue bounded. */
export const MAX_WEBHOOKS = 50;

function checkUrl(url: string, allowPrivate: boolean): string {
  const checked = checkWebhookUrl(url, { allowPrivate });
  if (!checked.ok) throw new BadUserInputError('input.url', checked.message);
  return checked.url;
}

function checkEvents(events: readonly CardEventType[]): CardEventType[] {
  if (events.length === 0) throw new BadUserInputError('input.events', 'must list at least one event type');
  return [...new Set(events)];
}

export function checkWebhookInput(input: WebhookInput, allowPrivate: boolean): StoreWebhookInput {
  return { url: checkUrl(input.url, allowPrivate), events: checkEvents(input.events), filter: checkFleetFilter(input.filter) };
}

export function checkWebhookPatch(input: WebhookPatchInput, allowPrivate: boolean): Partial<StoreWebhookInput> & { enabled?: boolean } {
  return {
    ...(input.url === null || input.url === undefined ? {} : { url: checkUrl(input.url, allowPrivate) }),
    ...(input.events === null || input.events === undefined ? {} : { events: checkEvents(input.events) }),
    ...(input.filter === null || input.filter === undefined ? {} : { filter: checkFleetFilter(input.filter) }),
    ...(input.enabled === null || input.enabled === undefined ? {} : { enabled: input.enabled }),
  };
}

export function checkWebhookId(id: string, argument = 'id'): string {
  if (!/^\d{1,15}$/.test(id)) throw new BadUserInputError(argument, 'not a webhook id');
  return id;
}
