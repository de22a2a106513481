import type { AppPayParams, MerchantOrder, MerchantPayment } from '../../domain';
import type { AppParamsDto, OrderQueryDto, PayResponseDto } from './wire-merchant-payments';

/** Payment-v2 pay and query DTOs to domain objects, and nothing else (`shingsou.md` §6.4). */

function toAppPayParams(dto: AppParamsDto): AppPayParams {
  return {
    orderString: dto.orderString ?? null,
    appId: dto.appid ?? null,
    partnerId: dto.partnerid ?? null,
    prepayId: dto.prepayid ?? null,
    package: dto.package ?? null,
    nonceStr: dto.noncestr ?? null,
    timestamp: dto.timestamp ?? null,
    sign: dto.sign ?? null,
  };
}

export function toMerchantPayment(dto: PayResponseDto): MerchantPayment {
  return {
    orderNo: dto.orderNo,
    outTradeNo: dto.outTradeNo,
    amountFen: dto.amount,
    status: dto.status,
    payUrl: dto.payUrl ?? null,
    qrCode: dto.qrCode ?? null,
    jsapiParams: dto.jsapiParams ?? null,
    appParams: dto.appParams ? toAppPayParams(dto.appParams) : null,
  };
}

export function toMerchantOrder(dto: OrderQueryDto): MerchantOrder {
  return {
    orderNo: dto.orderNo,
    outTradeNo: dto.outTradeNo,
    merchantId: dto.merchantId,
    amountFen: dto.amount,
    status: dto.status,
    transactionId: dto.transactionId,
    paidAt: dto.paidAt,
    refundedFen: dto.refundedAmount,
  };
}
