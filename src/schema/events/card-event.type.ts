import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Card as DomainCard } from '../../domain';
import { Card } from '../card/card.type';
import { CardState } from '../common/enums';

export enum CardEventType {
  STATUS_CHANGED = 'STATUS_CHANGED',
  USAGE_THRESHOLD_CROSSED = 'USAGE_THRESHOLD_CROSSED',
  EXPIRING = 'EXPIRING',
}

registerEnumType(CardEventType, {
  name: 'CardEventType',
  description: 'What happened to a card',
  valuesConfig: {
    STATUS_CHANGED: {
      description: "The card's normalized state changed (from and to, with the carrier's codes)",
    },
    USAGE_THRESHOLD_CROSSED: {
      description: "This month's usage crossed a USAGE_AT_LEAST alert rule",
    },
    EXPIRING: {
      description: 'The package or service expires within an EXPIRES_WITHIN alert rule',
    },
  },
});

@ObjectType({ description: 'One side of a status change' })
export class CardEventStatus {
  @Field(() => CardState, { description: 'The normalized state' })
  state!: CardState;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is suspended (ARREARS, NO_REAL_NAME, ...), when it is',
  })
  suspendReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The carrier's raw status code",
  })
  rawCode!: string | null;

  @Field(() => String, { nullable: true, description: "The raw code's label" })
  rawLabel!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The carrier's stop reason (停机原因), when it gave one",
  })
  stopReason!: string | null;
}

@ObjectType({
  description:
    'A change the fleet store saw (the sync, a live read or one of our own writes), recorded once in the transaction that changed the stored state. Fields of other event types are null',
})
export class CardEvent {
  @Field(() => ID, { description: 'Stable and unique: deduplicate on it' })
  id!: string;

  @Field(() => CardEventType, { description: 'What happened' })
  type!: CardEventType;

  @Field(() => Float, {
    description: 'The outbox order: a later event has a larger sequence',
  })
  sequence!: number;

  @Field(() => GraphQLDateTimeISO, {
    description: 'When the carrier said it (status), the usage was counted (threshold) or the store saw it (expiry)',
  })
  occurredAt!: Date;

  @Field(() => GraphQLDateTimeISO, {
    description: 'When the gateway recorded it',
  })
  recordedAt!: Date;

  @Field(() => Card, {
    description: 'The card; its live fields read the upstreams as on cards',
  })
  card!: DomainCard;

  @Field(() => CardState, {
    description: 'The state the card was in when the event was recorded',
  })
  state!: CardState;

  @Field(() => CardEventStatus, {
    nullable: true,
    description: 'STATUS_CHANGED: the state before',
  })
  from!: CardEventStatus | null;

  @Field(() => CardEventStatus, {
    nullable: true,
    description: 'STATUS_CHANGED: the state after',
  })
  to!: CardEventStatus | null;

  @Field(() => [ID], {
    description: 'The alert rules this event answers: the STATE_IN rules a status change entered, or the rule a threshold or expiry crossed',
  })
  alertRuleIds!: string[];

  @Field(() => Float, {
    nullable: true,
    description: "USAGE_THRESHOLD_CROSSED: the rule's threshold, in percent of the quota",
  })
  thresholdPercent!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'USAGE_THRESHOLD_CROSSED: the usage that crossed it, in percent',
  })
  usagePercent!: number | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'EXPIRING: when the package or service expires',
  })
  expiresAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'EXPIRING: whole days left when it was recorded, rounded up',
  })
  daysLeft!: number | null;
}
