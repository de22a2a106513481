import type { Webhook as DomainWebhook, WebhookDeliveryRecord } from '../../domain';
import { CardEventType } from '../events/card-event.type';
import { toFleetFilterView } from '../fleet/fleet-filter-view.type';
import { Webhook, WebhookDelivery, WebhookDeliveryStatus } from './webhook.type';

export function toWebhook(webhook: DomainWebhook): Webhook {
  return { ...webhook, events: webhook.events.map((type) => CardEventType[type]), filter: toFleetFilterView(webhook.filter) };
}

export function toWebhookDelivery(delivery: WebhookDeliveryRecord): WebhookDelivery {
  return { ...delivery, eventType: CardEventType[delivery.eventType], status: WebhookDeliveryStatus[delivery.status] };
}
