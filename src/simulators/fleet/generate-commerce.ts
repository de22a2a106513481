/**
 * Seeded orders, merchants and vouchers: a history the order list and statistics can show from
 * the first request (`shingsou.md` §6.2, §6.4, §5.5).
 */
import { DAY_MS, isoShanghai } from '../shared/time';
import { DEMO_ACCOUNT, PRODUCTS } from './catalog';
import type { SimMerchant, SimOrder, SimOrderStatus, SimVoucher } from './catalog-types';
import type { Rng } from './prng';
import type { SimCard } from './types';

const PAY_METHODS = ['WECHAT_JSAPI', 'WECHAT_NATIVE', 'WECHAT_H5', 'ALIPAY_WAP', 'ALIPAY_PC', 'ALIPAY_SCAN'] as const;

/** `SO` + Shanghai `yyyyMMddHHmmss` + a 4-digit sequence, as in the contract's example. */
export function orderNumber(at: number, sequence: number): string {
  return 'SO' + isoShanghai(at).slice(0, 19).replace(/\D/g, '') + String(sequence % 10000).padStart(4, '0');
}

export function transactionIdFor(rng: Rng, payMethod: string): string {
  return payMethod.startsWith('WECHAT') ? '4200' + rng.digits(24) : '2024' + rng.digits(24);
}

export function generateOrders(rng: Rng, cards: readonly SimCard[], now: number, count: number): SimOrder[] {
  const candidates = cards.filter((c) => c.inShingsou && c.activatedAt !== null);
  const orders: SimOrder[] = [];
  if (candidates.length === 0) return orders;
  for (let i = 0; i < count; i++) {
    const card = rng.pick(candidates);
    const product = PRODUCTS.find((p) => p.id === card.packageId) ?? rng.pick(PRODUCTS);
    const createdAt = now - rng.int(0, 30 * DAY_MS);
    const status = rng.weighted<SimOrderStatus>([['PAID', 85], ['UNPAID', 4], ['CLOSED', 6], ['REFUNDED', 3], ['PARTIALLY_REFUNDED', 2]]);
    const payMethod = rng.pick(PAY_METHODS);
    const paid = status === 'PAID' || status === 'REFUNDED' || status === 'PARTIALLY_REFUNDED';
    const paidAt = paid ? Math.min(now, createdAt + rng.int(5_000, 300_000)) : null;
    const refundedAmount = status === 'REFUNDED' ? product.price : status === 'PARTIALLY_REFUNDED' ? Math.floor(product.price / 2) : 0;
    const orderNo = orderNumber(createdAt, i);
    orders.push({
      orderNo,
      cardNo: card.iccid,
      msisdn: card.msisdn,
      productId: product.id,
      productName: product.name,
      amount: product.price,
      dataQuotaKb: product.dataQuotaKb,
      payMethod,
      merchantId: null,
      status,
      transactionId: paid ? transactionIdFor(rng, payMethod) : null,
      createdAt,
      expiresAt: createdAt + 30 * 60_000,
      paidAt,
      refundedAmount,
      refunds:
        refundedAmount > 0 && paidAt !== null
          ? [{ refundNo: `RF${orderNo.slice(2)}`, orderNo, refundAmount: refundedAmount, reason: '用户申请', refundedAt: paidAt + DAY_MS / 2 }]
          : [],
      clientOrderNo: null,
      outTradeNo: null,
      subject: null,
      owner: DEMO_ACCOUNT,
    });
  }
  return orders.sort((a, b) => b.createdAt - a.createdAt);
}

/** One merchant per provider, with write-only secrets that the simulator never renders. */
export function seedMerchants(rng: Rng, now: number): SimMerchant[] {
  const createdAt = now - 200 * DAY_MS;
  return [
    {
      id: 'M-ALI-0001',
      provider: 'ALIPAY',
      name: '旭宇商城',
      appId: '2021000123456789',
      mchId: null,
      signType: 'RSA2',
      notifyUrl: 'https://example.com/notify/alipay',
      status: 'ENABLED',
      certificateName: null,
      secrets: { privateKey: 'seeded-private-key-' + rng.digits(8), alipayPublicKey: 'seeded-alipay-public-key-' + rng.digits(8) },
      certificate: null,
      createdAt,
      updatedAt: createdAt,
    },
    {
      id: 'M-WX-0001',
      provider: 'WECHAT_PAY',
      name: '旭宇商城',
      appId: 'wx1234567890abcdef',
      mchId: '1900000109',
      signType: null,
      notifyUrl: 'https://example.com/notify/wechat',
      status: 'ENABLED',
      certificateName: null,
      secrets: { apiKey: 'seeded-api-key-' + rng.digits(8), appSecret: 'seeded-app-secret-' + rng.digits(8) },
      certificate: null,
      createdAt,
      updatedAt: createdAt,
    },
  ];
}

export function seedVouchers(rng: Rng, now: number, count: number, cards: readonly SimCard[]): SimVoucher[] {
  const vouchers: SimVoucher[] = [];
  const batches = ['B20240501001', 'B20240601001', 'B20240701001'];
  for (let i = 1; i <= count; i++) {
    const createdAt = now - rng.int(30, 200) * DAY_MS;
    const status = rng.weighted([['UNUSED', 70], ['USED', 25], ['EXPIRED', 5]] as const);
    const expiresAt = status === 'EXPIRED' ? now - rng.int(1, 20) * DAY_MS : now + rng.int(30, 365) * DAY_MS;
    vouchers.push({
      id: 'DC' + String(i).padStart(6, '0'),
      code: '88' + rng.digits(14),
      faceValue: rng.pick([2000, 5000, 10000]),
      batchNo: rng.pick(batches),
      status,
      owner: DEMO_ACCOUNT,
      expiresAt,
      usedByCardNo: status === 'USED' && cards.length > 0 ? rng.pick(cards).iccid : null,
      usedAt: status === 'USED' ? now - rng.int(1, 29) * DAY_MS : null,
      createdAt,
    });
  }
  return vouchers;
}
