import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';
import { OrderRefunds } from './order-refunds.type';
import { OrderStatus } from './order-status.enum';
import { PayMethod } from '../payment/pay-method.type';
import { Node } from '../relay/node.interface';

/**
 * `card`, `package` and `merchant` are field resolvers in `order.resolver.ts` (through the
 * per-request loaders); `packageId` is kept for them and is not a field.
 */
@ObjectType({ description: '订单: a recharge order', implements: Node })
export class Order {
  @Field(() => ID, { description: 'A global id (Node) made of the order number and its card: pass it to node(id) to fetch this order again. The order number alone is orderNo' })
  id!: string;

  @Field(() => String, { description: 'e.g. SO202405011020300001' })
  orderNo!: string;

  @Field(() => String, { nullable: true, description: "The card's ICCID" })
  iccid!: string | null;

  @Field(() => String, { nullable: true, description: "The card's MSISDN (接入号)" })
  msisdn!: string | null;

  @Field(() => String, { nullable: true, description: 'The package name at the time of the order, e.g. 3GB' })
  packageName!: string | null;

  @Field(() => Money, { description: 'The price paid or to pay' })
  amount!: Money;

  @Field(() => Int, { nullable: true, description: 'Data the order adds, in KB' })
  dataQuotaKB!: number | null;

  @Field(() => Float, { nullable: true, description: 'dataQuotaKB / 1024; null without a quota' })
  dataQuotaMB!: number | null;

  @Field(() => OrderStatus, { description: 'Where the order is: unpaid, paid, closed or (partly) refunded' })
  status!: OrderStatus;

  @Field(() => String, { description: 'The upstream label, e.g. 已支付' })
  statusLabel!: string;

  @Field(() => PayMethod, { nullable: true, description: 'Null when the upstream names a channel this API does not know; see payMethodCode' })
  payMethod!: PayMethod | null;

  @Field(() => String, { description: 'The pay method exactly as the upstream names it, e.g. WECHAT_JSAPI' })
  payMethodCode!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The v2 merchant id, for orders of the payment gateway v2',
    deprecationReason: 'Use merchant { merchantId }: merchant links the Merchant itself (name, status, provider)',
  })
  merchantId!: string | null;

  @Field(() => String, { nullable: true, description: "The provider's transaction id, once paid" })
  transactionId!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the order was placed' })
  createdAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was paid; null while unpaid' })
  paidAt!: Date | null;

  @Field(() => OrderRefunds, { description: 'Refunded and still refundable amounts' })
  refunds!: OrderRefunds;

  packageId!: number | null;
}
