import { Field, Int, ObjectType } from 'type-graphql';
import { CardImportError } from './card-import-error.type';

@ObjectType({ description: 'The answer of importCards (导卡): each row accepted or refused on its own' })
export class CardImport {
  @Field(() => String)
  importId!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  succeeded!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => [CardImportError])
  errors!: CardImportError[];
}
