import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A row of importCards the upstream refused' })
export class CardImportError {
  @Field(() => String, { description: 'The ICCID of the refused row' })
  iccid!: string;

  @Field(() => String, { description: "The upstream's reason, e.g. 卡号已存在" })
  message!: string;
}
