import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { CardEventType } from '../events/card-event.type';
import { FleetFilterView } from '../fleet/fleet-filter-view.type';

@ObjectType({ description: 'An HTTPS endpoint that receives fleet events, signed (SimGraph-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">)' })
export class Webhook {
  @Field(() => ID, { description: 'The webhook' })
  id!: string;

  @Field(() => String, { description: 'Where events are POSTed' })
  url!: string;

  @Field(() => [CardEventType], { description: 'The event types it receives' })
  events!: CardEventType[];

  @Field(() => FleetFilterView, { description: 'The cards whose events it receives (as each card was when its event was recorded)' })
  filter!: FleetFilterView;

  @Field(() => Boolean, { description: 'A disabled webhook is queued no events and attempted no more' })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the gateway disabled it (a run of failures over 24 h, or HTTP 410 Gone); null when enabled or disabled by hand' })
  disabledReason!: string | null;

  @Field(() => Int, { description: 'Failed attempts since the last success' })
  consecutiveFailures!: number;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was created' })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: 'When it last changed' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A new webhook and its signing secret, shown this once' })
export class CreatedWebhook {
  @Field(() => Webhook, { description: 'The webhook' })
  webhook!: Webhook;

  @Field(() => String, { description: 'The HMAC-SHA256 key of its signatures. Keep it: it is never shown again' })
  secret!: string;
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: "Where one event's delivery stands",
  valuesConfig: {
    PENDING: { description: 'Not delivered yet; attempted again at nextAttemptAt' },
    DELIVERED: { description: 'The receiver answered 2xx' },
    FAILED: { description: 'Given up: 24 hours of attempts failed, or the receiver answered 410 Gone' },
  },
});

@ObjectType({ description: "One event's delivery to a webhook, at least once" })
export class WebhookDelivery {
  @Field(() => ID, { description: 'The delivery' })
  id!: string;

  @Field(() => ID, { description: 'The event (also sent as SimGraph-Event-Id): the receiver deduplicates on it' })
  eventId!: string;

  @Field(() => CardEventType, { description: 'The event type' })
  eventType!: CardEventType;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made' })
  attempts!: number;

  @Field(() => Int, { nullable: true, description: "The receiver's last HTTP status, when it answered" })
  lastStatus!: number | null;

  @Field(() => String, { nullable: true, description: 'The last failure (code and message)' })
  lastError!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the event was queued for this webhook' })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'PENDING: when it is attempted next' })
  nextAttemptAt!: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'DELIVERED: when' })
  deliveredAt!: Date | null;
}

@ObjectType({ description: "A page of a webhook's deliveries, newest first" })
export class WebhookDeliveryPage {
  @Field(() => [WebhookDelivery], { description: 'The deliveries' })
  deliveries!: WebhookDelivery[];

  @Field(() => String, { nullable: true, description: 'Pass as after for older deliveries; null when none follow' })
  endCursor!: string | null;
}
