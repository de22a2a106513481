import { ArgsType, Field, Int } from 'type-graphql';
import { PaymentProvider } from '../payment/payment-provider.enum';

@ArgsType()
export class RefundOrderArgs {
  @Field(() => String, { description: 'The order to refund' })
  orderNo!: string;

  @Field(() => PaymentProvider, { description: "The order's payMethod.provider: its v2 order actions do the refund" })
  provider!: PaymentProvider;

  @Field(() => Int, { description: 'Amount to refund in fen, at least 1 and at most what is refundable' })
  amountFen!: number;

  @Field(() => String, { nullable: true, description: 'Up to 256 characters' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Idempotency key, 1-64 letters, digits, _ or -. Generated when absent' })
  refundNo?: string | null;
}
