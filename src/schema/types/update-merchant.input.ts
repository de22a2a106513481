import { Field, ID, InputType } from 'type-graphql';
import { MerchantStatus } from './merchant-status.enum';
import { PaymentProvider } from './payment-provider.enum';

/** Omitted fields stay unchanged, secrets included (`shingsou.md` §6.4). */
@InputType({ description: 'Changes to a merchant; omitted fields, secrets included, stay as they are' })
export class UpdateMerchantInput {
  @Field(() => ID)
  id!: string;

  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  appId?: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat Pay: 8 to 12 digits' })
  mchId?: string | null;

  @Field(() => String, { nullable: true, description: 'Alipay: RSA2 or RSA' })
  signType?: string | null;

  @Field(() => String, { nullable: true })
  notifyUrl?: string | null;

  @Field(() => MerchantStatus, { nullable: true })
  status?: MerchantStatus | null;

  @Field(() => String, { nullable: true, description: 'Alipay: write-only' })
  privateKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Alipay: write-only' })
  alipayPublicKey?: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat Pay: write-only' })
  apiKey?: string | null;

  @Field(() => String, { nullable: true, description: 'WeChat Pay: write-only' })
  appSecret?: string | null;
}
