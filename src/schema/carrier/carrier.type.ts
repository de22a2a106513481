import { Field, ObjectType } from 'type-graphql';
import { Carrier as CarrierCode } from '../../domain';
import '../common/enums';

@ObjectType({ description: 'A mobile network operator' })
export class Carrier {
  @Field(() => CarrierCode, { description: "The carrier's code" })
  code!: CarrierCode;

  @Field(() => String, { description: 'Chinese name, e.g. 中国移动' })
  name!: string;
}
