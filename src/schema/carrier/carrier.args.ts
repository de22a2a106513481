import { ArgsType, Field } from 'type-graphql';
import { CarrierCode } from '../common/enums';

@ArgsType()
export class CarrierArgs {
  @Field(() => CarrierCode, { description: "The carrier's code: CHINA_MOBILE, CHINA_UNICOM or CHINA_TELECOM" })
  code!: CarrierCode;
}
