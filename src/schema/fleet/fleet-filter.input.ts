import { Field, Float, InputType, Int } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { CardState, CarrierCode } from '../common/enums';

/** Every condition given must hold (AND); a list matches any of its values (OR). Omit a condition to match every card. */
@InputType('FleetFilter', { description: 'Which stored cards to read: every given condition must hold; a list matches any of its values' })
export class FleetFilterInput {
  @Field(() => [CardState], { nullable: true, description: 'Cards in any of these normalized states (as last read)' })
  states?: CardState[] | null;

  @Field(() => [CarrierCode], { nullable: true, description: 'Cards of any of these carriers (UNKNOWN is refused)' })
  carriers?: CarrierCode[] | null;

  @Field(() => [String], { nullable: true, description: 'Cards carrying any of these tags (exact, at most 50 tags of at most 64 characters)' })
  tags?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Cards of any of these card types (the id of a cardTypes entry)' })
  typeIds?: number[] | null;

  @Field(() => [Int], { nullable: true, description: 'Cards of any of these categories (the id of a cardCategories entry)' })
  categoryIds?: number[] | null;

  @Field(() => String, { nullable: true, description: 'A part of the ICCID or the MSISDN: 3 to 20 letters or digits' })
  keyword?: string | null;

  @Field(() => Float, { nullable: true, description: "Cards that used at least this percentage of this month's quota (0 to 1000); cards without a quota never match" })
  usagePercentAtLeast?: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Cards whose package or service expires before this instant' })
  expiresBefore?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'true: real-name verified cards; false: cards not verified' })
  realName?: boolean | null;
}
