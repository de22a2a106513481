import { Field, Float, InputType, Int } from 'type-graphql';
import { CardState } from '../common/enums';
import { FleetFilterInput } from '../fleet/fleet-filter.input';

@InputType({
  description: 'A new alert rule: give exactly one of usagePercent, states and expiresWithinDays',
})
export class AlertRuleInput {
  @Field(() => String, {
    description: 'A name for people, 1 to 100 characters',
  })
  name!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Fire when usage reaches this percent of the quota (1 to 1000)',
  })
  usagePercent?: number | null;

  @Field(() => [CardState], {
    nullable: true,
    description: 'Fire when a card enters one of these states',
  })
  states?: CardState[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Fire when the expiry is at most this many days away (1 to 365)',
  })
  expiresWithinDays?: number | null;

  @Field(() => FleetFilterInput, {
    nullable: true,
    description: 'The cards it watches; omitted: every card',
  })
  filter?: FleetFilterInput | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'false: created disabled, recording nothing',
  })
  enabled!: boolean;
}

@InputType({
  description: 'Changes to an alert rule: omitted fields stay; a new condition or filter fires again for cards already past it',
})
export class AlertRulePatchInput {
  @Field(() => String, {
    nullable: true,
    description: 'A new name, 1 to 100 characters',
  })
  name?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'A new USAGE_AT_LEAST threshold',
  })
  usagePercent?: number | null;

  @Field(() => [CardState], {
    nullable: true,
    description: 'A new STATE_IN set',
  })
  states?: CardState[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'A new EXPIRES_WITHIN window',
  })
  expiresWithinDays?: number | null;

  @Field(() => FleetFilterInput, {
    nullable: true,
    description: 'A new filter (replaces the old one)',
  })
  filter?: FleetFilterInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Enable or disable it' })
  enabled?: boolean | null;
}
