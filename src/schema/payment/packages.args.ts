import { ArgsType, Field, Int } from 'type-graphql';
import { CarrierCode } from '../common/enums';

@ArgsType()
export class PackagesArgs {
  @Field(() => Int, { nullable: true, description: 'Only packages of this category (an id from packageCategories)' })
  category?: number | null;

  @Field(() => CarrierCode, { nullable: true, description: 'Only packages for cards of this carrier' })
  carrier?: CarrierCode | null;
}
