import { ArgsType, Field } from 'type-graphql';
import { CarrierCode } from '../common/enums';

@ArgsType()
export class PackageCategoriesArgs {
  @Field(() => CarrierCode, { nullable: true, description: "Only the categories for this carrier's cards" })
  carrier?: CarrierCode | null;
}
