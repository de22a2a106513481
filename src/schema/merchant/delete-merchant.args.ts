import { ArgsType, Field, ID } from 'type-graphql';
import { PaymentProvider } from '../payment/payment-provider.enum';

@ArgsType()
export class DeleteMerchantArgs {
  @Field(() => ID, { description: 'The merchant to delete' })
  id!: string;

  @Field(() => PaymentProvider, { description: "The merchant's provider" })
  provider!: PaymentProvider;
}
