/**
 * Order as the Shingsou API renders it (`shingsou.md` §6.2): money in fen, ISO times, the status
 * with its Chinese name.
 */
import type { SimOrder } from '../../fleet/catalog-types';
import { isoShanghai } from '../../shared/time';
import { STATUS_NAMES } from '../ops/order-lifecycle';

const isoOrNull = (ms: number | null) => (ms === null ? null : isoShanghai(ms));

export function toOrderDto(order: SimOrder) {
  return {
    orderNo: order.orderNo,
    cardNo: order.cardNo,
    msisdn: order.msisdn,
    productId: order.productId,
    productName: order.productName,
    amount: order.amount,
    dataQuotaKb: order.dataQuotaKb,
    payMethod: order.payMethod,
    merchantId: order.merchantId,
    status: order.status,
    statusName: STATUS_NAMES[order.status],
    transactionId: order.transactionId,
    createdAt: isoShanghai(order.createdAt),
    paidAt: isoOrNull(order.paidAt),
    refundedAmount: order.refundedAmount,
  };
}
