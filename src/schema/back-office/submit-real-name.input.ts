import { Field, InputType } from 'type-graphql';

/** `idNumber` and `phone` are write-only: never returned, never logged (`shingsou.md` §5.4). */
@InputType({ description: '实名认证: binds an identity to a card. The ID number and phone are write-only' })
export class SubmitRealNameInput {
  @Field(() => String, { description: 'ICCID or MSISDN' })
  card!: string;

  @Field(() => String, { description: 'The holder name, 1 to 50 characters' })
  name!: string;

  @Field(() => String, { description: '18-character resident ID number; write-only' })
  idNumber!: string;

  @Field(() => String, { description: '11-digit mobile number; write-only' })
  phone!: string;
}
