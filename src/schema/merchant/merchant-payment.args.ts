import { ArgsType, Field } from 'type-graphql';
import { PaymentProvider } from '../payment/payment-provider.enum';

@ArgsType()
export class MerchantPaymentArgs {
  @Field(() => PaymentProvider)
  provider!: PaymentProvider;

  @Field(() => String, { nullable: true, description: 'The order number; or give outTradeNo with merchantId' })
  orderNo?: string | null;

  @Field(() => String, { nullable: true })
  outTradeNo?: string | null;

  @Field(() => String, { nullable: true })
  merchantId?: string | null;
}
