import { Field, InputType } from 'type-graphql';
import { MerchantSettingsInput } from './merchant-settings.input';
import { PaymentProvider } from '../payment/payment-provider.enum';

/** Secrets are accepted here and never returned by any field (`shingsou.md` §6.4). */
@InputType({ description: 'A new merchant. Alipay takes privateKey and alipayPublicKey; WeChat Pay takes mchId, apiKey and appSecret' })
export class CreateMerchantInput extends MerchantSettingsInput {
  @Field(() => PaymentProvider, { description: 'Alipay or WeChat Pay' })
  provider!: PaymentProvider;

  @Field(() => String, { description: 'A display name' })
  name!: string;

  @Field(() => String, { description: 'Alipay app id or WeChat app id' })
  appId!: string;
}
