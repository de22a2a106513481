import { Field, InputType } from 'type-graphql';
import { CarrierCode } from '../common/enums';

@InputType({ description: 'One card to import' })
export class ImportCardInput {
  @Field(() => String, { description: 'ICCID: 19 or 20 characters' })
  iccid!: string;

  @Field(() => String, { description: 'MSISDN (接入号): 11 or 13 digits' })
  msisdn!: string;

  @Field(() => String, { nullable: true, description: 'IMSI: 15 digits' })
  imsi?: string | null;

  @Field(() => CarrierCode, { description: 'The carrier that issued the card' })
  carrier!: CarrierCode;
}
