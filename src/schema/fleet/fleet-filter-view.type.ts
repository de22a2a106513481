import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { FleetFilter } from '../../domain';
import { CardState, CarrierCode } from '../common/enums';

@ObjectType({ description: "A fleet filter as it was given (an alert rule's, a webhook's)" })
export class FleetFilterView {
  @Field(() => [CardState], {
    nullable: true,
    description: 'Cards in any of these states',
  })
  states!: CardState[] | null;

  @Field(() => [CarrierCode], {
    nullable: true,
    description: 'Cards of any of these carriers',
  })
  carriers!: CarrierCode[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Cards carrying any of these tags',
  })
  tags!: string[] | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Cards of any of these card types',
  })
  typeIds!: number[] | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Cards of any of these categories',
  })
  categoryIds!: number[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'A part of the ICCID or the MSISDN',
  })
  keyword!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "Cards at or above this percentage of the month's quota",
  })
  usagePercentAtLeast!: number | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'Cards expiring before this instant',
  })
  expiresBefore!: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Real-name verified (true) or not (false)',
  })
  realName!: boolean | null;
}

export function toFleetFilterView(filter: FleetFilter): FleetFilterView {
  return {
    states: filter.states ? [...filter.states] : null,
    carriers: filter.carriers ? [...filter.carriers] : null,
    tags: filter.tags ? [...filter.tags] : null,
    typeIds: filter.typeIds ? [...filter.typeIds] : null,
    categoryIds: filter.categoryIds ? [...filter.categoryIds] : null,
    keyword: filter.keyword ?? null,
    usagePercentAtLeast: filter.usagePercentAtLeast ?? null,
    expiresBefore: filter.expiresBefore ?? null,
    realName: filter.realName ?? null,
  };
}
