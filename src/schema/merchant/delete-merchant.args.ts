import { ArgsType, Field, ID } from 'type-graphql';
import { PaymentProvider } from '../payment/payment-provider.enum';

@ArgsType()
export class DeleteMerchantArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => PaymentProvider)
  provider!: PaymentProvider;
}
