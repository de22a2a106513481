import { Field, ObjectType } from 'type-graphql';
import { AppPayParams } from '../payment/app-pay-params.type';
import { JsapiParams } from '../payment/jsapi-params.type';
import { Money } from '../common/money.type';
import { OrderStatus } from '../order/order-status.enum';
import { PayMethod } from '../payment/pay-method.type';

/** What a v2 pay action answers (`shingsou.md` §6.4), with the hand-off the page needs. */
@ObjectType({ description: 'A payment created through a merchant, and what the page needs to take it' })
export class MerchantPayment {
  @Field(() => String, { description: 'The order number' })
  orderNo!: string;

  @Field(() => String, { description: 'The idempotency key: send it again (same merchant) to get this order back instead of a second one' })
  outTradeNo!: string;

  @Field(() => String, { description: 'The merchant that takes the payment' })
  merchantId!: string;

  @Field(() => OrderStatus, { description: 'UNPAID, or PAID at once for BARCODE_PAY' })
  status!: OrderStatus;

  @Field(() => Money, { description: 'The amount to pay' })
  amount!: Money;

  @Field(() => PayMethod, { description: 'The provider and channel of the pay action' })
  payMethod!: PayMethod;

  @Field(() => String, { nullable: true, description: 'Open or redirect to it (WEB_PAY, WAP_PAY)' })
  payUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Text to render as a QR image (SCAN_PAY)' })
  qrCode!: string | null;

  @Field(() => JsapiParams, { nullable: true, description: 'For PUBLIC_PAY and APPLET_PAY' })
  jsapiParams!: JsapiParams | null;

  @Field(() => AppPayParams, { nullable: true, description: 'For APP_PAY' })
  appParams!: AppPayParams | null;
}
