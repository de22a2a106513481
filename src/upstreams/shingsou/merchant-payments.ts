import type { MerchantOrder, MerchantPayment, PaymentProvider, Refund } from '../../domain';
import { withNotFound } from './business-codes';
import { toMerchantOrder, toMerchantPayment } from './mapper-merchant-payments';
import { toRefund } from './mapper-payments';
import { paymentV2Operation } from './operations';
import { orderSubject, wireProvider } from './payments';
import type { ShingsouTransport } from './transport';
import { orderQueryResponse, payResponse } from './wire-merchant-payments';
import { refundResponse } from './wire-payments';

/** The body of a v2 pay action (`shingsou.md` §6.4). */
export interface MerchantPayRequest {
  merchantId: string;
  /** The idempotency key: the same key and merchant return the same order (§3). */
  outTradeNo: string;
  amountFen: number;
  subject: string;
  cardNo?: string | undefined;
  productId?: number | undefined;
  notifyUrl?: string | undefined;
  returnUrl?: string | undefined;
  openId?: string | undefined;
  authCode?: string | undefined;
  clientIp?: string | undefined;
}

/** Either the platform's order number, or the merchant's own `outTradeNo` with its merchant. */
export type MerchantOrderRef = { orderNo: string } | { outTradeNo: string; merchantId: string };

/** Payment-v2 pay actions with a merchant, `Query` and `RefundQuery` (`shingsou.md` §4.3, §6.4). */
export class ShingsouMerchantPayments {
  constructor(private readonly transport: ShingsouTransport) {}

  /**
   * One pay action (`wireAction` is §4.3's name, e.g. `ScanPay`). Resent on a transient failure
   * only because `outTradeNo` travels in the body and a repeat returns the same order (§3, §8.7).
   */
  async pay(provider: PaymentProvider, wireAction: string, request: MerchantPayRequest): Promise<MerchantPayment> {
    const { amountFen, ...rest } = request;
    const body = Object.fromEntries(Object.entries({ ...rest, amount: amountFen }).filter(([, value]) => value !== undefined));
    const answer = await withNotFound(
      this.transport.write(paymentV2Operation(wireProvider(provider), wireAction, 'POST'), body, payResponse, { idempotent: true }),
      { '22001': `${provider} merchant ${request.merchantId}` },
    );
    return toMerchantPayment(answer);
  }

  /** v2 `Query ?orderNo=` or `?outTradeNo=&merchantId=`. */
  async query(provider: PaymentProvider, ref: MerchantOrderRef): Promise<MerchantOrder> {
    const subject = 'orderNo' in ref ? orderSubject(provider, ref.orderNo) : `order with outTradeNo ${ref.outTradeNo} of ${provider} merchant ${ref.merchantId}`;
    const answer = await withNotFound(this.transport.read(paymentV2Operation(wireProvider(provider), 'Query', 'GET'), { ...ref }, orderQueryResponse), {
      '21001': subject,
      '22001': 'merchantId' in ref ? `${provider} merchant ${ref.merchantId}` : undefined,
    });
    return toMerchantOrder(answer);
  }

  /** v2 `RefundQuery ?refundNo=`. */
  async refundQuery(provider: PaymentProvider, refundNo: string): Promise<Refund> {
    // RefundQuery answers an unknown refund with 21001 Order_NotFound (§6.6).
    const answer = await withNotFound(this.transport.read(paymentV2Operation(wireProvider(provider), 'RefundQuery', 'GET'), { refundNo }, refundResponse), {
      '21001': `refund ${refundNo} (${provider})`,
    });
    return toRefund(answer);
  }
}
