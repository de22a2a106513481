import { ArgsType, Field } from 'type-graphql';
import { PaymentProvider } from '../payment/payment-provider.enum';

@ArgsType()
export class MerchantsArgs {
  @Field(() => PaymentProvider, { description: 'The provider whose merchants to list' })
  provider!: PaymentProvider;
}
