import type { Order, OrderStatus } from '../domain';
import type { Upstreams } from '../upstreams';
import { notConfigured } from '../upstreams/not-configured';

export interface OrderWindow {
  /** Zero-based position of the first order wanted. */
  offset: number;
  /** How many orders, 1..100. */
  limit: number;
  /** ICCID or MSISDN (接入号), already validated. */
  card?: string | undefined;
  status?: OrderStatus | undefined;
  /** `yyyy-MM-dd`, Asia/Shanghai days, both included. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface OrderSlice {
  orders: Order[];
  total: number;
}

/**
 * Orders as an offset window over the page-numbered `order-get` (`shingsou.md` §6.2), as
 * `card-inventory.ts` does for cards: a window aligned to its size is one page, any other spans
 * at most two.
 */
export async function searchOrders(upstreams: Upstreams, window: OrderWindow): Promise<OrderSlice> {
  const { shingsou } = upstreams;
  if (!shingsou) throw notConfigured('shingsou');
  const { offset, limit } = window;
  const firstPage = Math.floor(offset / limit) + 1;
  const skip = offset % limit;
  const pages = skip === 0 ? [firstPage] : [firstPage, firstPage + 1];
  const filter = { keyword: window.card, status: window.status, from: window.from, to: window.to };
  const answers = await Promise.all(pages.map((page) => shingsou.payments.orders({ page, pageSize: limit, ...filter })));
  const orders = answers.flatMap((answer) => answer.orders).slice(skip, skip + limit);
  return { orders, total: answers[0]?.total ?? 0 };
}

/**
 * One order by number, read from the card's orders (newest first, so a new order is on the
 * first page). `order-get` has no lookup by number (§6.2); `null` when it is not there.
 */
export async function findCardOrder(upstreams: Upstreams, cardNo: string, orderNo: string): Promise<Order | null> {
  const { orders } = await searchOrders(upstreams, { offset: 0, limit: 20, card: cardNo });
  return orders.find((order) => order.orderNo === orderNo) ?? null;
}
