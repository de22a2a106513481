import { ArgsType, Field } from 'type-graphql';

@ArgsType()
export class TransferCardsArgs {
  @Field(() => [String], { description: 'ICCIDs or MSISDNs, 1 to 100; all move or none' })
  cards!: string[];

  @Field(() => String, { description: 'The receiving account, e.g. agent-002' })
  consignee!: string;
}
