import {
  carrierName,
  kbToMb,
  type Carrier as CarrierCode,
  type Merchant as DomainMerchant,
  type PaymentProvider,
  type Order as DomainOrder,
  type OrderStatistics as DomainOrderStatistics,
  type PackageCategory as DomainPackageCategory,
  type PaymentRequest,
  type RechargePackage,
  type Refund as DomainRefund,
} from '../../domain';
import type { Carrier } from '../carrier/carrier.type';
import type { Merchant } from '../merchant/merchant.type';
import { toMoney } from '../common/money.type';
import type { OrderStatistics } from '../order/order-statistics.type';
import type { Order } from '../order/order.type';
import type { PackageCategory } from './package-category.type';
import type { Package } from './package.type';
import type { RechargePayment } from './recharge-payment.type';
import type { RefundRoot } from '../order/refund.type';
import { encodeGlobalId } from '../relay/global-id';

/** Domain payment objects to their GraphQL types: units, display money, dates. */

const carrier = (code: CarrierCode): Carrier => ({ code, name: carrierName(code) });
const mb = (kb: number | null) => (kb === null ? null : kbToMb(kb));
const date = (iso: string | null) => (iso === null ? null : new Date(iso));

export function toPackageCategoryType(category: DomainPackageCategory): PackageCategory {
  return { id: category.id, name: category.name, carrier: carrier(category.carrier), resetPolicy: category.resetPolicy };
}

export function toPackageType(pkg: RechargePackage): Package {
  return {
    id: encodeGlobalId({ type: 'Package', packageId: pkg.id }),
    packageId: pkg.id,
    name: pkg.name,
    category: toPackageCategoryType(pkg.category),
    price: toMoney(pkg.priceFen),
    dataQuotaKB: pkg.dataQuotaKb,
    dataQuotaMB: mb(pkg.dataQuotaKb),
    validity: pkg.validityMonths,
    carrier: carrier(pkg.carrier),
  };
}

export function toOrderType(order: DomainOrder): Order {
  const refundable = order.status === 'PAID' || order.status === 'PARTIALLY_REFUNDED' ? order.amountFen - order.refundedFen : 0;
  return {
    id: encodeGlobalId({ type: 'Order', orderNo: order.orderNo, card: order.iccid ?? order.msisdn ?? '' }),
    orderNo: order.orderNo,
    iccid: order.iccid,
    msisdn: order.msisdn,
    packageId: order.packageId,
    packageName: order.packageName,
    amount: toMoney(order.amountFen),
    dataQuotaKB: order.dataQuotaKb,
    dataQuotaMB: mb(order.dataQuotaKb),
    status: order.status,
    statusLabel: order.statusLabel,
    payMethod: order.payMethod,
    payMethodCode: order.payMethodCode,
    merchantId: order.merchantId,
    transactionId: order.transactionId,
    createdAt: new Date(order.createdAt),
    paidAt: date(order.paidAt),
    refunds: { refundedAmount: toMoney(order.refundedFen), refundableAmount: toMoney(Math.max(0, refundable)) },
  };
}

export function toOrderStatisticsType(stats: DomainOrderStatistics): OrderStatistics {
  const tally = (t: DomainOrderStatistics['today']) => ({ count: t.count, amount: toMoney(t.amountFen) });
  return { today: tally(stats.today), yesterday: tally(stats.yesterday), last7Days: tally(stats.last7Days) };
}

export function toRechargePaymentType(payment: PaymentRequest, cardNo: string, clientOrderNo: string): RechargePayment {
  return {
    orderNo: payment.orderNo,
    clientOrderNo,
    cardNo,
    status: payment.status,
    amount: toMoney(payment.amountFen),
    payMethod: payment.payMethod,
    expiresAt: date(payment.expiresAt),
    payUrl: payment.payUrl,
    qrCode: payment.qrCode,
    jsapiParams: payment.jsapiParams,
  };
}

/** `provider` is the one the refund was asked of: `Refund.order` asks the same provider's `Query`. */
export function toRefundType(refund: DomainRefund, provider: PaymentProvider): RefundRoot {
  return { refundNo: refund.refundNo, orderNo: refund.orderNo, amount: toMoney(refund.amountFen), status: refund.status, refundedAt: new Date(refund.refundedAt), provider };
}


export function toMerchantType(merchant: DomainMerchant): Merchant {
  return {
    ...merchant,
    id: encodeGlobalId({ type: 'Merchant', provider: merchant.provider, merchantId: merchant.id }),
    merchantId: merchant.id,
    createdAt: new Date(merchant.createdAt),
    updatedAt: new Date(merchant.updatedAt),
  };
}
