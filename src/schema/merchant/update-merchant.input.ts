import { Field, ID, InputType } from 'type-graphql';
import { MerchantSettingsInput } from './merchant-settings.input';
import { PaymentProvider } from '../payment/payment-provider.enum';

/** Omitted fields stay unchanged, secrets included (`shingsou.md` §6.4). */
@InputType({ description: 'Changes to a merchant; omitted fields, secrets included, stay as they are' })
export class UpdateMerchantInput extends MerchantSettingsInput {
  @Field(() => ID, { description: 'The merchant to change' })
  id!: string;

  @Field(() => PaymentProvider, { description: "The merchant's provider" })
  provider!: PaymentProvider;

  @Field(() => String, { nullable: true, description: 'A new display name' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new Alipay or WeChat app id' })
  appId?: string | null;
}
