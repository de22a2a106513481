import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'flowcard-patch: the same changes on up to 100 cards' })
export class UpdateCardsInput {
  @Field(() => [String], { description: 'ICCIDs or MSISDNs, 1 to 100' })
  cards!: string[];

  @Field(() => String, { nullable: true, description: 'At most 200 characters' })
  remark?: string | null;

  @Field(() => Int, { nullable: true, description: 'null clears it' })
  typeId?: number | null;

  @Field(() => Int, { nullable: true, description: 'null clears it' })
  categoryId?: number | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the tags: at most 20, each 1 to 32 characters' })
  tags?: string[] | null;
}
