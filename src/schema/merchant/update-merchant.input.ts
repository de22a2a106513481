import { Field, ID, InputType } from 'type-graphql';
import { MerchantSettingsInput } from './merchant-settings.input';
import { PaymentProvider } from '../payment/payment-provider.enum';

/** Omitted fields stay unchanged, secrets included (`shingsou.md` §6.4). */
@InputType({ description: 'Changes to a merchant; omitted fields, secrets included, stay as they are' })
export class UpdateMerchantInput extends MerchantSettingsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  appId?: string | null;
}
