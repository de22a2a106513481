import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { CardState } from '../common/enums';
import { FleetFilterView } from '../fleet/fleet-filter-view.type';

export enum AlertRuleKind {
  USAGE_AT_LEAST = 'USAGE_AT_LEAST',
  STATE_IN = 'STATE_IN',
  EXPIRES_WITHIN = 'EXPIRES_WITHIN',
}

registerEnumType(AlertRuleKind, {
  name: 'AlertRuleKind',
  description: 'What an alert rule watches',
  valuesConfig: {
    USAGE_AT_LEAST: {
      description: "This month's usage at or above usagePercent of the quota (USAGE_THRESHOLD_CROSSED)",
    },
    STATE_IN: {
      description: 'A status change into one of states (listed on the STATUS_CHANGED event)',
    },
    EXPIRES_WITHIN: {
      description: 'The package or service expires within expiresWithinDays (EXPIRING)',
    },
  },
});

@ObjectType({
  description: 'A condition that records an alert event for the cards of a filter, once per crossing',
})
export class AlertRule {
  @Field(() => ID, { description: 'The rule' })
  id!: string;

  @Field(() => String, { description: 'Its name' })
  name!: string;

  @Field(() => AlertRuleKind, { description: 'What it watches' })
  kind!: AlertRuleKind;

  @Field(() => Float, {
    nullable: true,
    description: 'USAGE_AT_LEAST: the threshold in percent of the quota',
  })
  usagePercent!: number | null;

  @Field(() => [CardState], {
    nullable: true,
    description: 'STATE_IN: the states',
  })
  states!: CardState[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'EXPIRES_WITHIN: the window in days',
  })
  expiresWithinDays!: number | null;

  @Field(() => FleetFilterView, { description: 'The cards it watches' })
  filter!: FleetFilterView;

  @Field(() => Boolean, { description: 'Disabled rules record nothing' })
  enabled!: boolean;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was created' })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: 'When it last changed' })
  updatedAt!: Date;
}
