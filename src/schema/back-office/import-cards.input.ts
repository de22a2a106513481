import { Field, InputType, Int } from 'type-graphql';
import { ImportCardInput } from './import-card.input';

@InputType({ description: 'flowcard-import (导卡): up to 1,000 cards into the inventory' })
export class ImportCardsInput {
  @Field(() => [ImportCardInput], { description: 'The cards, 1 to 1,000' })
  cards!: ImportCardInput[];

  @Field(() => Int, { nullable: true, description: 'A card type id (Query.cardTypes) for every imported card' })
  typeId?: number | null;

  @Field(() => Int, { nullable: true, description: 'A category id (Query.cardCategories) for every imported card' })
  categoryId?: number | null;

  @Field(() => [String], { nullable: true, description: 'Tags for every imported card: at most 20, each 1 to 32 characters' })
  tags?: string[] | null;
}
