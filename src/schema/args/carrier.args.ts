import { ArgsType, Field } from 'type-graphql';
import { CarrierCode } from '../types/enums';

@ArgsType()
export class CarrierArgs {
  @Field(() => CarrierCode)
  code!: CarrierCode;
}
