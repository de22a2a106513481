import { ArgsType, Field } from 'type-graphql';
import { PaymentProvider } from '../payment/payment-provider.enum';

@ArgsType()
export class RefundQueryArgs {
  @Field(() => PaymentProvider, { description: "The order's provider: its v2 RefundQuery answers" })
  provider!: PaymentProvider;

  @Field(() => String, { description: 'The refund number given or generated when the refund was made' })
  refundNo!: string;
}
