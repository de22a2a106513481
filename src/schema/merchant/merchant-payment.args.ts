import { ArgsType, Field } from 'type-graphql';
import { PaymentProvider } from '../payment/payment-provider.enum';

@ArgsType()
export class MerchantPaymentArgs {
  @Field(() => PaymentProvider, { description: 'The provider the order was paid through: its v2 Query answers' })
  provider!: PaymentProvider;

  @Field(() => String, { nullable: true, description: 'The order number; or give outTradeNo with merchantId' })
  orderNo?: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's own order number; give it with merchantId instead of orderNo" })
  outTradeNo?: string | null;

  @Field(() => String, { nullable: true, description: 'The merchant the outTradeNo belongs to' })
  merchantId?: string | null;
}
