import {
  Field,
  Float,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { CardState, CarrierCode } from "../common/enums";

export enum AlertRuleKind {
  USAGE_AT_LEAST = "USAGE_AT_LEAST",
  STATE_IN = "STATE_IN",
  EXPIRES_WITHIN = "EXPIRES_WITHIN",
}

registerEnumType(AlertRuleKind, {
  name: "AlertRuleKind",
  description: "What an alert rule watches",
  valuesConfig: {
    USAGE_AT_LEAST: {
      description:
        "This month's usage at or above usagePercent of the quota (USAGE_THRESHOLD_CROSSED)",
    },
    STATE_IN: {
      description:
        "A status change into one of states (listed on the STATUS_CHANGED event)",
    },
    EXPIRES_WITHIN: {
      description:
        "The package or service expires within expiresWithinDays (EXPIRING)",
    },
  },
});

@ObjectType({ description: "An alert rule's fleet filter, as given" })
export class AlertRuleFilter {
  @Field(() => [CardState], {
    nullable: true,
    description: "Cards in any of these states",
  })
  states!: CardState[] | null;

  @Field(() => [CarrierCode], {
    nullable: true,
    description: "Cards of any of these carriers",
  })
  carriers!: CarrierCode[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Cards carrying any of these tags",
  })
  tags!: string[] | null;

  @Field(() => [Int], {
    nullable: true,
    description: "Cards of any of these card types",
  })
  typeIds!: number[] | null;

  @Field(() => [Int], {
    nullable: true,
    description: "Cards of any of these categories",
  })
  categoryIds!: number[] | null;

  @Field(() => String, {
    nullable: true,
    description: "A part of the ICCID or the MSISDN",
  })
  keyword!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "Cards at or above this percentage of the month's quota",
  })
  usagePercentAtLeast!: number | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: "Cards expiring before this instant",
  })
  expiresBefore!: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Real-name verified (true) or not (false)",
  })
  realName!: boolean | null;
}

@ObjectType({
  description:
    "A condition that records an alert event for the cards of a filter, once per crossing",
})
export class AlertRule {
  @Field(() => ID, { description: "The rule" })
  id!: string;

  @Field(() => String, { description: "Its name" })
  name!: string;

  @Field(() => AlertRuleKind, { description: "What it watches" })
  kind!: AlertRuleKind;

  @Field(() => Float, {
    nullable: true,
    description: "USAGE_AT_LEAST: the threshold in percent of the quota",
  })
  usagePercent!: number | null;

  @Field(() => [CardState], {
    nullable: true,
    description: "STATE_IN: the states",
  })
  states!: CardState[] | null;

  @Field(() => Int, {
    nullable: true,
    description: "EXPIRES_WITHIN: the window in days",
  })
  expiresWithinDays!: number | null;

  @Field(() => AlertRuleFilter, { description: "The cards it watches" })
  filter!: AlertRuleFilter;

  @Field(() => Boolean, { description: "Disabled rules record nothing" })
  enabled!: boolean;

  @Field(() => GraphQLDateTimeISO, { description: "When it was created" })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: "When it last changed" })
  updatedAt!: Date;
}
