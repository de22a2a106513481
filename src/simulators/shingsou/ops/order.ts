/**
 * `order-get` and `order-statistic` (`shingsou.md` §6.2). Both cover recharge orders: those of
 * `payment-post` and the v2 pay orders that carry a `cardNo`. Statistics count paid orders per
 * Asia/Shanghai calendar day; `last7Days` includes today.
 */
import { z } from 'zod';
import type { SimOrder, SimOrderStatus } from '../../fleet/catalog-types';
import { DAY_MS, startOfShanghaiDay } from '../../shared/time';
import { toOrderDto } from '../dto/order-dto';
import { ok, Operation } from '../gateway/operation';
import { paginate } from '../gateway/paging';
import { orderScope } from '../scopes';
import { dateRange, dateRangeShape } from './flowcard-transfer';
import { refreshOrder } from './order-lifecycle';

const STATUSES: [SimOrderStatus, ...SimOrderStatus[]] = ['UNPAID', 'PAID', 'CLOSED', 'REFUNDED', 'PARTIALLY_REFUNDED'];

export const orderGet: Operation = {
  id: 'order-get',
  method: 'GET',
  path: '/payment/Order/Get',
  alias: '/payment/Order',
  scope: orderScope('get'),
  handle(ctx) {
    const q = ctx.params(z.object({ ...dateRangeShape, keyword: z.string().trim().optional(), status: z.enum(STATUSES).optional() }));
    const [from, to] = dateRange(q);
    const keyword = q.keyword?.toUpperCase();
    const hits = ctx.fleet.orders.filter((o) => {
      refreshOrder(o, ctx.now);
      if (o.owner !== ctx.account || o.cardNo === null || o.createdAt < from || o.createdAt >= to) return false;
      if (q.status !== undefined && o.status !== q.status) return false;
      return !keyword || (o.cardNo ?? '').includes(keyword) || (o.msisdn ?? '').includes(keyword);
    });
    return ok(paginate(hits, q.page, q.pagesize, toOrderDto));
  },
};

function tally(orders: readonly SimOrder[], from: number, to: number) {
  let count = 0;
  let amount = 0;
  for (const o of orders) {
    if (o.status === 'PAID' && o.paidAt !== null && o.paidAt >= from && o.paidAt < to) {
      count += 1;
      amount += o.amount;
    }
  }
  return { count, amount };
}

export const orderStatistic: Operation = {
  id: 'order-statistic',
  method: 'GET',
  path: '/payment/Order/Statistic',
  scope: orderScope('statistic'),
  handle(ctx) {
    const own = ctx.fleet.orders.filter((o) => o.owner === ctx.account && o.cardNo !== null);
    const today = startOfShanghaiDay(ctx.now);
    const end = today + DAY_MS;
    return ok({
      today: tally(own, today, end),
      yesterday: tally(own, today - DAY_MS, today),
      last7Days: tally(own, today - 6 * DAY_MS, end),
    });
  },
};
