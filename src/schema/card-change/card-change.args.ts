import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class CardChangeArgs {
  @Field(() => [String], { description: 'ICCIDs or MSISDNs, 1 to 100' })
  cards!: string[];
}
