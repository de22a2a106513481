import { Field, Int, ObjectType } from 'type-graphql';
import { CardImportError } from './card-import-error.type';

@ObjectType({ description: 'The answer of importCards (导卡): each row accepted or refused on its own' })
export class CardImport {
  @Field(() => String, { description: 'The import number, to find it in cardImports' })
  importId!: string;

  @Field(() => Int, { description: 'Rows submitted' })
  total!: number;

  @Field(() => Int, { description: 'Rows imported' })
  succeeded!: number;

  @Field(() => Int, { description: 'Rows refused' })
  failed!: number;

  @Field(() => [CardImportError], { description: 'The refused rows and why; empty when all were imported' })
  errors!: CardImportError[];
}
