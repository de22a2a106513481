import { Field, InputType } from 'type-graphql';
import { FleetFilterInput } from '../fleet/fleet-filter.input';
import { CardEventType } from './card-event.type';

@InputType('CardEventFilter', {
  description: 'Which events: every given condition must hold',
})
export class CardEventFilterInput {
  @Field(() => [CardEventType], {
    nullable: true,
    description: 'Events of any of these types; omitted: every type',
  })
  types?: CardEventType[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Events of these cards (ICCIDs, at most 500)',
  })
  iccids?: string[] | null;

  @Field(() => FleetFilterInput, {
    nullable: true,
    description: 'Events whose card matched this fleet filter when the event was recorded',
  })
  cards?: FleetFilterInput | null;
}
