import { Field, InputType, Int } from 'type-graphql';
import { ImportCardInput } from './import-card.input';

@InputType({ description: 'flowcard-import (导卡): up to 1,000 cards into the inventory' })
export class ImportCardsInput {
  @Field(() => [ImportCardInput])
  cards!: ImportCardInput[];

  @Field(() => Int, { nullable: true })
  typeId?: number | null;

  @Field(() => Int, { nullable: true })
  categoryId?: number | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
}
