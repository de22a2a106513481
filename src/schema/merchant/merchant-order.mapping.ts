import type { MerchantOrder as DomainMerchantOrder } from '../../domain';
import { toMoney } from '../common/money.type';
import type { MerchantOrder } from './merchant-order.type';

/** A v2 `Query` answer to its GraphQL type (`merchantPayment`, `Refund.order`). */
export function toMerchantOrderType(order: DomainMerchantOrder): MerchantOrder {
  return {
    ...order,
    amount: toMoney(order.amountFen),
    paidAt: order.paidAt === null ? null : new Date(order.paidAt),
    refundedAmount: toMoney(order.refundedFen),
  };
}
