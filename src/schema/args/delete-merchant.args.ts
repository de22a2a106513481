import { ArgsType, Field, ID } from 'type-graphql';
import { PaymentProvider } from '../types/payment-provider.enum';

@ArgsType()
export class DeleteMerchantArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => PaymentProvider)
  provider!: PaymentProvider;
}
