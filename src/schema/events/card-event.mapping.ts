import type { CardEvent as DomainCardEvent } from '../../domain';
import { CardEvent, CardEventType } from './card-event.type';

/** The domain event as the schema shows it: one type, the fields of other event types null. */
export function toCardEvent(event: DomainCardEvent): CardEvent {
  const card = event.card;
  return {
    id: event.id,
    type: CardEventType[event.type],
    sequence: event.sequence,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    card: {
      iccid: card.iccid,
      msisdn: card.msisdn,
      imsi: null,
      carrier: card.carrier,
    },
    state: card.state,
    from: event.type === 'STATUS_CHANGED' ? event.from : null,
    to: event.type === 'STATUS_CHANGED' ? event.to : null,
    alertRuleIds: event.type === 'STATUS_CHANGED' ? event.ruleIds : [event.ruleId],
    thresholdPercent: event.type === 'USAGE_THRESHOLD_CROSSED' ? event.thresholdPercent : null,
    usagePercent: event.type === 'USAGE_THRESHOLD_CROSSED' ? event.usagePercent : null,
    expiresAt: event.type === 'EXPIRING' ? event.expiresAt : null,
    daysLeft: event.type === 'EXPIRING' ? event.daysLeft : null,
  };
}
