import { ArgsType, Field } from 'type-graphql';
import { PaymentProvider } from '../types/payment-provider.enum';

@ArgsType()
export class MerchantsArgs {
  @Field(() => PaymentProvider)
  provider!: PaymentProvider;
}
