import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'flowcard-put: omitted fields stay; null clears typeId or categoryId' })
export class UpdateCardInput {
  @Field(() => String, { description: 'ICCID or MSISDN' })
  card!: string;

  @Field(() => String, { nullable: true, description: 'At most 200 characters' })
  remark?: string | null;

  @Field(() => Int, { nullable: true, description: 'A card type id (Query.cardTypes); null clears it' })
  typeId?: number | null;

  @Field(() => Int, { nullable: true, description: 'A category id (Query.cardCategories); null clears it' })
  categoryId?: number | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the tags: at most 20, each 1 to 32 characters' })
  tags?: string[] | null;
}
