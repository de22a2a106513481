import {
  carrierFromShingsouOperator,
  isPayChannel,
  providerOfChannel,
  type Merchant,
  type Order,
  type OrderStatistics,
  type PackageCategory,
  type PayMethod,
  type PaymentRequest,
  type RechargePackage,
  type Refund,
} from '../../domain';
import type {
  MerchantDto,
  OrderDto,
  OrderStatisticDto,
  PaymentPostResponseDto,
  ProductCategoryDto,
  ProductDto,
  RefundDto,
} from './wire-payments';

/** Shingsou payment DTOs to domain objects, and nothing else (`shingsou.md` §6). */

export function toPackageCategory(dto: ProductCategoryDto): PackageCategory {
  return { id: dto.id, name: dto.name, carrier: carrierFromShingsouOperator(dto.operator), resetPolicy: dto.resetPolicy };
}

export function toRechargePackage(dto: ProductDto): RechargePackage {
  const carrier = carrierFromShingsouOperator(dto.operator);
  return {
    id: dto.id,
    name: dto.name,
    // A product carries its category's name and policy (§6.1), so no second lookup is needed.
    category: { id: dto.categoryId, name: dto.categoryName, carrier, resetPolicy: dto.resetPolicy },
    carrier,
    priceFen: dto.price,
    dataQuotaKb: dto.dataQuotaKb,
    validityMonths: dto.validityMonths,
  };
}

/** A channel outside §4.3 stays readable as its raw code rather than failing the order. */
export function toPayMethod(code: string): PayMethod | null {
  return isPayChannel(code) ? { provider: providerOfChannel(code), channel: code } : null;
}

export function toOrder(dto: OrderDto): Order {
  return {
    orderNo: dto.orderNo,
    iccid: dto.cardNo?.toUpperCase() ?? null,
    msisdn: dto.msisdn || null,
    packageId: dto.productId,
    packageName: dto.productName,
    amountFen: dto.amount,
    dataQuotaKb: dto.dataQuotaKb,
    payMethod: toPayMethod(dto.payMethod),
    payMethodCode: dto.payMethod,
    merchantId: dto.merchantId,
    status: dto.status,
    statusLabel: dto.statusName,
    transactionId: dto.transactionId,
    createdAt: dto.createdAt,
    paidAt: dto.paidAt,
    refundedFen: dto.refundedAmount,
  };
}

export function toOrderStatistics(dto: OrderStatisticDto): OrderStatistics {
  const tally = (t: OrderStatisticDto['today']) => ({ count: t.count, amountFen: t.amount });
  return { today: tally(dto.today), yesterday: tally(dto.yesterday), last7Days: tally(dto.last7Days) };
}

export function toPaymentRequest(dto: PaymentPostResponseDto): PaymentRequest {
  return {
    orderNo: dto.orderNo,
    amountFen: dto.amount,
    payMethod: toPayMethod(dto.payMethod),
    payMethodCode: dto.payMethod,
    status: dto.status,
    expiresAt: dto.expiresAt ?? null,
    payUrl: dto.payUrl ?? null,
    qrCode: dto.qrCode ?? null,
    jsapiParams: dto.jsapiParams ?? null,
  };
}

export function toRefund(dto: RefundDto): Refund {
  return { refundNo: dto.refundNo, orderNo: dto.orderNo, amountFen: dto.refundAmount, status: dto.status, refundedAt: dto.refundedAt };
}

/** The `has*` flags of the other provider are `null`: they do not apply, they are not false. */
export function toMerchant(dto: MerchantDto): Merchant {
  const alipay = dto.provider === 'ALIPAY';
  return {
    id: dto.id,
    provider: dto.provider,
    name: dto.name,
    appId: dto.appId,
    mchId: dto.mchId ?? null,
    signType: dto.signType ?? null,
    notifyUrl: dto.notifyUrl ?? null,
    status: dto.status,
    certificateName: dto.certificateName ?? null,
    hasPrivateKey: alipay ? (dto.hasPrivateKey ?? false) : null,
    hasAlipayPublicKey: alipay ? (dto.hasAlipayPublicKey ?? false) : null,
    hasApiKey: alipay ? null : (dto.hasApiKey ?? false),
    hasAppSecret: alipay ? null : (dto.hasAppSecret ?? false),
    createdAt: dto.createdAt,
    updatedAt: dto.updatedAt,
  };
}
