import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { JsapiParams } from './jsapi-params.type';
import { Money } from '../common/money.type';
import { OrderStatus } from '../order/order-status.enum';
import { PayMethod } from './pay-method.type';

/**
 * What `payment-post` answers (`shingsou.md` §6.3). `order` is a field resolver that reads the
 * full order from `order-get` only when a query asks for it; `cardNo` is kept for it.
 */
@ObjectType({ description: 'A new recharge order and what the page needs to take payment' })
export class RechargePayment {
  @Field(() => String, { description: 'The order number' })
  orderNo!: string;

  @Field(() => String, { description: 'The idempotency key: send it again to get this order back instead of a second one' })
  clientOrderNo!: string;

  @Field(() => OrderStatus, { description: 'UNPAID until the payer pays' })
  status!: OrderStatus;

  @Field(() => Money, { description: 'The amount to pay: the package price' })
  amount!: Money;

  @Field(() => PayMethod, { nullable: true, description: 'The provider and channel; null when the upstream names one this API does not know' })
  payMethod!: PayMethod | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'An unpaid order closes after this' })
  expiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Open or redirect to it (ALIPAY_WAP, ALIPAY_PC, WECHAT_H5)' })
  payUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Text to render as a QR image (ALIPAY_SCAN, WECHAT_NATIVE)' })
  qrCode!: string | null;

  @Field(() => JsapiParams, { nullable: true, description: 'For WECHAT_JSAPI' })
  jsapiParams!: JsapiParams | null;

  cardNo!: string;
}
