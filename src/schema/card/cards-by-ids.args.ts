import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class CardsByIdsArgs {
  @Field(() => [String], {
    description:
      'ICCIDs, MSISDNs or IMSIs, mixed freely, at most 500 (an IMSI finds China Mobile cards only: Shingsou cannot look cards up by IMSI). Duplicates are answered once',
  })
  ids!: string[];
}
