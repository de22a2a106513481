/**
 * Order state changes shared by payment v1, v2 and the pay page (`shingsou.md` §6.2–6.4):
 * paying credits the package quota to the card's month; unpaid orders close when they expire.
 */
import type { SimOrder } from '../../fleet/catalog-types';
import type { Fleet } from '../../fleet/fleet';
import { randomToken } from '../../shared/random';
import { monthKey } from '../../shared/time';

/** An unpaid order past its expiry reads as closed. */
export function refreshOrder(order: SimOrder, now: number): SimOrder {
  if (order.status === 'UNPAID' && now >= order.expiresAt) order.status = 'CLOSED';
  return order;
}

function transactionId(payMethod: string, now: number): string {
  const digits = String(now) + Array.from(randomToken(12)).map((c) => c.charCodeAt(0) % 10).join('');
  return (payMethod.startsWith('WECHAT') ? '4200' : '2024') + digits.slice(0, 24).padEnd(24, '0');
}

/** Marks an unpaid order paid and credits its quota; returns false when it cannot be paid. */
export function markPaid(fleet: Fleet, order: SimOrder, now: number): boolean {
  refreshOrder(order, now);
  if (order.status === 'PAID') return true;
  if (order.status !== 'UNPAID') return false;
  order.status = 'PAID';
  order.paidAt = now;
  order.transactionId = transactionId(order.payMethod, now);
  const card = order.cardNo === null ? undefined : fleet.byIccid.get(order.cardNo);
  if (card && order.dataQuotaKb !== null) {
    const month = monthKey(now);
    card.topUpKb[month] = (card.topUpKb[month] ?? 0) + order.dataQuotaKb;
  }
  return true;
}

export const STATUS_NAMES: Record<SimOrder['status'], string> = {
  UNPAID: '待支付',
  PAID: '已支付',
  CLOSED: '已关闭',
  REFUNDED: '已退款',
  PARTIALLY_REFUNDED: '部分退款',
};
