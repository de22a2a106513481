import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A card type (类目), category (分类) or tag (标签) of the card back office' })
export class CardTaxon {
  @Field(() => Int, { description: 'The id to pass as typeId or categoryId' })
  id!: number;

  @Field(() => String, { description: 'e.g. 车联网, 华东项目, 冷链' })
  name!: string;
}
