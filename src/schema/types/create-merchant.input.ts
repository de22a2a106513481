import { Field, InputType } from 'type-graphql';
import { MerchantStatus } from './merchant-status.enum';
import { PaymentProvider } from './payment-provider.enum';

/** Secrets are accepted here and never returned by any field (`shingsou.md` §6.4). */
@InputType({ description: 'A new merchant. Alipay takes privateKey and alipayPublicKey; WeChat Pay takes mchId, apiKey and appSecret' })
export class CreateMerchantInput {
  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  appId!: string;

  @Field(() => String, { nullable: true, description: 'WeChat Pay: required, 8 to 12 digits' })
  mchId?: string | null;

  @Field(() => String, { nullable: true, description: 'Alipay: RSA2 (default) or RSA' })
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
