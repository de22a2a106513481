import type {
  Order,
  OrderStatistics,
  OrderStatus,
  OrderStatusChange,
  PackageCategory,
  PayChannel,
  PaymentProvider,
  PaymentRequest,
  RechargePackage,
  Refund,
} from '../../domain';
import { withNotFound } from './business-codes';
import { toOrder, toOrderStatistics, toPackageCategory, toPaymentRequest, toRechargePackage, toRefund } from './mapper-payments';
import { SHINGSOU_LIMITS } from './limits';
import { paymentV2Operation, type PaymentProvider as WireProvider } from './operations';
import type { ShingsouTransport } from './transport';
import {
  orderPage,
  orderStatistic,
  orderStatusResponse,
  paymentPostResponse,
  productCategoryPage,
  productPage,
  refundResponse,
} from './wire-payments';

export interface OrderQuery {
  page: number;
  pageSize: number;
  /** ICCID or 接入号 (`shingsou.md` §6.2). */
  keyword?: string | undefined;
  status?: OrderStatus | undefined;
  /** `yyyy-MM-dd`, Asia/Shanghai calendar days, both ends included. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface OrderPage {
  orders: Order[];
  total: number;
}

export interface PaymentPost {
  cardNo: string;
  productId: number;
  payMethod: PayChannel;
  /** The idempotency key (§3): a resend with the same key returns the same order. */
  clientOrderNo: string;
  returnUrl?: string | undefined;
  openId?: string | undefined;
  clientIp?: string | undefined;
}

export interface RefundRequest {
  orderNo: string;
  /** The idempotency key of v2 `Refund` (§6.4). */
  refundNo: string;
  amountFen: number;
  reason?: string | undefined;
}

/**
 * What a v2 order action names for `21001` (§6.6): the order and the provider asked, since an
 * order of the other provider is unknown to this one (`No order SO… (ALIPAY)`).
 */
export function orderSubject(provider: PaymentProvider, orderNo: string): string {
  return `order ${orderNo} (${provider})`;
}

/** The v2 path segment of each provider (§4.3). */
export function wireProvider(provider: PaymentProvider): WireProvider {
  return provider === 'ALIPAY' ? 'Alipay' : 'WechatPay';
}

/**
 * Packages, orders and payments: `/payment` (§4.2, §6.1-6.3) and the v2 order actions
 * (§4.3, §6.4) that refunds, closing and cancelling go through.
 */
export class ShingsouPayments {
  constructor(private readonly transport: ShingsouTransport) {}

  /** `product-categories`, every page. */
  async categories(): Promise<PackageCategory[]> {
    const items = await this.allPages((page) => this.transport.read(this.transport.operations.productCategories, page, productCategoryPage));
    return items.map(toPackageCategory);
  }

  /** `product-get`, every page: the packages on sale. */
  async packages(): Promise<RechargePackage[]> {
    const items = await this.allPages((page) => this.transport.read(this.transport.operations.productGet, page, productPage));
    return items.map(toRechargePackage);
  }

  /** `order-get`: one page, newest first. */
  async orders(query: OrderQuery): Promise<OrderPage> {
    const answer = await this.transport.read(this.transport.operations.orderGet, { ...query }, orderPage);
    return { orders: answer.items.map(toOrder), total: answer.total };
  }

  /** `order-statistic`: paid orders today, yesterday and over the last 7 days. */
  async statistics(): Promise<OrderStatistics> {
    return toOrderStatistics(await this.transport.read(this.transport.operations.orderStatistic, {}, orderStatistic));
  }

  /**
   * `payment-post` (创建支付请求). A resend is safe only because `clientOrderNo` travels in the
   * body and the platform answers a repeat with the same order (§3, §8.7).
   */
  async createPayment(request: PaymentPost): Promise<PaymentRequest> {
    const answer = await this.transport.write(this.transport.operations.paymentPost, { ...request }, paymentPostResponse, { idempotent: true });
    return toPaymentRequest(answer);
  }

  /** v2 `Refund`: idempotent on `refundNo` (§6.4), so it may be resent. */
  async refund(provider: PaymentProvider, request: RefundRequest): Promise<Refund> {
    const body = { orderNo: request.orderNo, refundNo: request.refundNo, refundAmount: request.amountFen, reason: request.reason };
    const answer = await withNotFound(
      this.transport.write(paymentV2Operation(wireProvider(provider), 'Refund', 'POST'), body, refundResponse, { idempotent: true }),
      { '21001': orderSubject(provider, request.orderNo) },
    );
    return toRefund(answer);
  }

  /** v2 `Close`: unpaid orders only. No idempotency key, so sent once. */
  close(provider: PaymentProvider, orderNo: string): Promise<OrderStatusChange> {
    return withNotFound(this.transport.write(paymentV2Operation(wireProvider(provider), 'Close', 'POST'), { orderNo }, orderStatusResponse), {
      '21001': orderSubject(provider, orderNo),
    });
  }

  /** v2 `Cancel`: closes an unpaid order or fully refunds a paid one. Sent once. */
  cancel(provider: PaymentProvider, orderNo: string): Promise<OrderStatusChange> {
    return withNotFound(this.transport.write(paymentV2Operation(wireProvider(provider), 'Cancel', 'POST'), { orderNo }, orderStatusResponse), {
      '21001': orderSubject(provider, orderNo),
    });
  }

  /** Reference lists are short; page through them at the largest page size (§3). */
  private async allPages<T>(fetch: (query: { page: number; pageSize: number }) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
    const pageSize = SHINGSOU_LIMITS.pageSize;
    const items: T[] = [];
    for (let page = 1; ; page += 1) {
      const answer = await fetch({ page, pageSize });
      items.push(...answer.items);
      if (answer.items.length === 0 || items.length >= answer.total) return items;
    }
  }
}
