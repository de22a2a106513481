import { ArgsType, Field } from 'type-graphql';
import { CarrierCode } from '../common/enums';

@ArgsType()
export class CarrierArgs {
  @Field(() => CarrierCode)
  code!: CarrierCode;
}
