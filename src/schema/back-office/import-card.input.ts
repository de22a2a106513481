import { Field, InputType } from 'type-graphql';
import { CarrierCode } from '../common/enums';

@InputType({ description: 'One card to import' })
export class ImportCardInput {
  @Field(() => String)
  iccid!: string;

  @Field(() => String)
  msisdn!: string;

  @Field(() => String, { nullable: true })
  imsi?: string | null;

  @Field(() => CarrierCode)
  carrier!: CarrierCode;
}
