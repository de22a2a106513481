import { ArgsType, Field } from 'type-graphql';
import { PaymentProvider } from '../types/payment-provider.enum';

@ArgsType()
export class RefundQueryArgs {
  @Field(() => PaymentProvider, { description: "The order's provider: its v2 RefundQuery answers" })
  provider!: PaymentProvider;

  @Field(() => String)
  refundNo!: string;
}
