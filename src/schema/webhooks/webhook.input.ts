import { Field, InputType } from 'type-graphql';
import { CardEventType } from '../events/card-event.type';
import { FleetFilterInput } from '../fleet/fleet-filter.input';

@InputType({ description: 'A new webhook' })
export class WebhookInput {
  @Field(() => String, { description: 'An http(s) URL without credentials or fragment; private and loopback addresses are refused unless WEBHOOKS_ALLOW_PRIVATE_URLS is on' })
  url!: string;

  @Field(() => [CardEventType], { description: 'The event types to receive' })
  events!: CardEventType[];

  @Field(() => FleetFilterInput, { nullable: true, description: 'Only the events of these cards; omitted: every card' })
  filter?: FleetFilterInput | null;
}

@InputType({ description: 'Changes to a webhook: omitted fields stay' })
export class WebhookPatchInput {
  @Field(() => String, { nullable: true, description: 'A new URL' })
  url?: string | null;

  @Field(() => [CardEventType], { nullable: true, description: 'New event types' })
  events?: CardEventType[] | null;

  @Field(() => FleetFilterInput, { nullable: true, description: 'A new filter (replaces the old one)' })
  filter?: FleetFilterInput | null;

  @Field(() => Boolean, { nullable: true, description: 'true re-enables it (its failure run starts afresh); false pauses it' })
  enabled?: boolean | null;
}
