import { ArgsType, Field } from 'type-graphql';
import { PaymentProvider } from '../payment/payment-provider.enum';

@ArgsType()
export class OrderActionArgs {
  @Field(() => String, { description: 'The order number' })
  orderNo!: string;

  @Field(() => PaymentProvider, { description: "The order's payMethod.provider" })
  provider!: PaymentProvider;
}
