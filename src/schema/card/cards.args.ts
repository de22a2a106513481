import { ArgsType, Field, Int } from 'type-graphql';
import { CarrierCode } from '../common/enums';

@ArgsType()
export class CardsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;

  @Field(() => CarrierCode, { nullable: true, description: 'Only cards of this carrier' })
  carrier?: CarrierCode | null;
}
