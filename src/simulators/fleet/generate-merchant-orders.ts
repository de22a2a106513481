/**
 * A small, fixed set of payment-v2 orders of the two demo merchants on the calendar day
 * (Asia/Shanghai) before the fleet's reference time, so that "yesterday's bill"
 * (`shingsou.md` §6.4.1) has rows from the first request. They carry no card, so they are not
 * recharge orders and stay out of `order-get` and `order-statistic` (§6.2). No randomness: the
 * same reference time gives the same orders, whatever the seed or fleet size.
 */
import { DAY_MS, formatCompact, formatDay, startOfShanghaiDay } from '../shared/time';
import { DEMO_ACCOUNT } from './catalog';
import type { SimOrder, SimOrderStatus } from './catalog-types';
import { orderNumber } from './generate-commerce';

interface Spec {
  /** Minutes after 00:00 yesterday. */
  at: number;
  amount: number;
  subject: string;
  status: SimOrderStatus;
  /** Refunded amount and minutes after the payment. */
  refund?: [number, number];
}

const SPECS: readonly Spec[] = [
  { at: 9 * 60 + 12, amount: 2410, subject: '流量充值 3GB', status: 'PAID' },
  { at: 11 * 60 + 40, amount: 1000, subject: '流量充值 1GB', status: 'PAID' },
  { at: 14 * 60 + 5, amount: 2410, subject: '流量充值 3GB', status: 'REFUNDED', refund: [2410, 145] },
  { at: 17 * 60 + 50, amount: 5000, subject: '流量充值 10GB', status: 'PARTIALLY_REFUNDED', refund: [2000, 140] },
];

const MERCHANTS = [
  { merchantId: 'M-ALI-0001', tag: 'ALI', payMethods: ['ALIPAY_WAP', 'ALIPAY_PC', 'ALIPAY_SCAN', 'ALIPAY_APP'], txPrefix: '2024' },
  { merchantId: 'M-WX-0001', tag: 'WX', payMethods: ['WECHAT_JSAPI', 'WECHAT_NATIVE', 'WECHAT_H5', 'WECHAT_MINIPROGRAM'], txPrefix: '4200' },
] as const;

/** Sequences 9000+ keep these order numbers apart from `generateOrders`' (0..4999). */
const FIRST_SEQUENCE = 9000;

export function seedMerchantOrders(now: number): SimOrder[] {
  const yesterday = startOfShanghaiDay(now) - DAY_MS;
  const orders: SimOrder[] = [];
  MERCHANTS.forEach((m, mi) => {
    SPECS.forEach((spec, i) => {
      const sequence = FIRST_SEQUENCE + mi * SPECS.length + i;
      const createdAt = yesterday + spec.at * 60_000;
      const paidAt = createdAt + 40_000;
      const orderNo = orderNumber(createdAt, sequence);
      orders.push({
        orderNo,
        cardNo: null,
        msisdn: null,
        productId: null,
        productName: null,
        amount: spec.amount,
        dataQuotaKb: null,
        payMethod: m.payMethods[i % m.payMethods.length] as string,
        merchantId: m.merchantId,
        status: spec.status,
        transactionId: m.txPrefix + formatCompact(paidAt) + String(sequence).padStart(10, '0'),
        createdAt,
        expiresAt: createdAt + 30 * 60_000,
        paidAt,
        refundedAmount: spec.refund?.[0] ?? 0,
        refunds: spec.refund
          ? [{ refundNo: `RF${orderNo.slice(2)}`, orderNo, refundAmount: spec.refund[0], reason: '用户申请', refundedAt: paidAt + spec.refund[1] * 60_000 }]
          : [],
        clientOrderNo: null,
        outTradeNo: `SEED${formatDay(yesterday)}${m.tag}${i + 1}`,
        subject: spec.subject,
        owner: DEMO_ACCOUNT,
      });
    });
  });
  return orders;
}
