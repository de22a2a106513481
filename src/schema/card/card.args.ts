import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class CardArgs {
  @Field(() => String, { nullable: true, description: 'The ICCID; give this or msisdn' })
  iccid?: string | null;

  @Field(() => String, { nullable: true, description: 'The MSISDN (接入号); give this or iccid' })
  msisdn?: string | null;
}
