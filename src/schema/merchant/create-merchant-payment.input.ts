import { Field, InputType, Int } from 'type-graphql';
import { MerchantPayAction } from './merchant-pay-action.enum';
import { PaymentProvider } from '../payment/payment-provider.enum';

@InputType({ description: 'A payment gateway v2 pay action with a merchant' })
export class CreateMerchantPaymentInput {
  @Field(() => PaymentProvider, { description: "The merchant's provider" })
  provider!: PaymentProvider;

  @Field(() => MerchantPayAction, { description: "One of the provider's pay actions" })
  channel!: MerchantPayAction;

  @Field(() => String, { description: "The merchant's id, e.g. M-ALI-0001" })
  merchantId!: string;

  @Field(() => String, { nullable: true, description: 'Idempotency key, 1-64 letters, digits, _ or -. Generated when absent' })
  outTradeNo?: string | null;

  @Field(() => Int, { description: 'Amount in fen, 1 to 10,000,000 (a recharge: the package price)' })
  amount!: number;

  @Field(() => String, { description: 'What the payer sees, 1-256 characters, e.g. 流量充值 3GB' })
  subject!: string;

  @Field(() => String, { nullable: true, description: 'ICCID or MSISDN: with package, makes it a recharge order' })
  card?: string | null;

  @Field(() => Int, { nullable: true, description: 'Package id: with card, makes it a recharge order' })
  package?: number | null;

  @Field(() => String, { nullable: true, description: "The payer's openId: required for PUBLIC_PAY and APPLET_PAY" })
  openId?: string | null;

  @Field(() => String, { nullable: true, description: "The payer's 付款码: required for BARCODE_PAY" })
  authCode?: string | null;

  @Field(() => String, { nullable: true, description: "Where the provider posts this payment's notification; optional" })
  notifyUrl?: string | null;

  @Field(() => String, { nullable: true, description: "Where the payer's browser returns after paying on a web page; optional" })
  returnUrl?: string | null;

  @Field(() => String, { nullable: true, description: "The payer's IP address" })
  clientIp?: string | null;
}
