import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class CardGroupMembersArgs {
  @Field(() => String, { description: 'The CMIOT group id (群组 ID)' })
  groupId!: string;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 50 (CMIOT group-member pages hold at most 50)' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}
