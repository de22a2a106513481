import { Field, InputType } from 'type-graphql';
import { MerchantStatus } from './merchant-status.enum';

/**
 * The optional merchant fields that creating and changing a merchant share. Secrets are accepted
 * here and never returned by any field (`shingsou.md` §6.4). Which ones a provider requires is
 * checked in `payment-input.ts`, before any upstream call.
 */
@InputType()
export class MerchantSettingsInput {
  @Field(() => String, { nullable: true, description: 'WeChat Pay: 8 to 12 digits, required on create' })
  mchId?: string | null;

  @Field(() => String, { nullable: true, description: 'Alipay: RSA2 (default) or RSA' })
  signType?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the provider posts payment notifications' })
  notifyUrl?: string | null;

  @Field(() => MerchantStatus, { nullable: true, description: 'Whether it may take payments' })
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
