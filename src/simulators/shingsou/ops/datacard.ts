/**
 * 充值卡 recharge vouchers (`shingsou.md` §5.5): list, recharge history, transfer, generate with
 * the DOCUMENTED codes 10000–10003.
 */
import { z } from 'zod';
import type { SimVoucher, SimVoucherStatus } from '../../fleet/catalog-types';
import { dayKey, isoShanghai } from '../../shared/time';
import { CODES } from '../codes';
import { business, notFound } from '../errors';
import { ok, OpContext, Operation } from '../gateway/operation';
import { paginate, pagingShape } from '../gateway/paging';
import { cardScope } from '../scopes';
import { requireNonEmpty } from './card-list-body';

const isoOrNull = (ms: number | null) => (ms === null ? null : isoShanghai(ms));

/** An unused voucher past its expiry reads as expired. */
function refreshVoucher(v: SimVoucher, now: number): SimVoucher {
  if (v.status === 'UNUSED' && now >= v.expiresAt) v.status = 'EXPIRED';
  return v;
}

const toDataCardDto = (v: SimVoucher) => ({
  id: v.id,
  code: v.code,
  faceValue: v.faceValue,
  batchNo: v.batchNo,
  status: v.status,
  owner: v.owner,
  expiresAt: isoShanghai(v.expiresAt),
  usedByCardNo: v.usedByCardNo,
  usedAt: isoOrNull(v.usedAt),
  createdAt: isoShanghai(v.createdAt),
});

const own = (ctx: OpContext) => ctx.fleet.vouchers.filter((v) => v.owner === ctx.account && refreshVoucher(v, ctx.now));

const STATUSES: [SimVoucherStatus, ...SimVoucherStatus[]] = ['UNUSED', 'USED', 'EXPIRED'];

export const datacardGet: Operation = {
  id: 'datacard-get',
  method: 'GET',
  path: '/cards/DataCard/Get',
  alias: '/cards/DataCard',
  scope: cardScope('datacard', 'get'),
  handle(ctx) {
    const q = ctx.params(z.object({ ...pagingShape, status: z.enum(STATUSES).optional(), batchno: z.string().optional() }));
    const hits = own(ctx).filter((v) => (q.status === undefined || v.status === q.status) && (q.batchno === undefined || v.batchNo === q.batchno));
    return ok(paginate(hits, q.page, q.pagesize, toDataCardDto));
  },
};

export const datacardHistory: Operation = {
  id: 'datacard-history',
  method: 'GET',
  path: '/cards/DataCard/History',
  scope: cardScope('datacard', 'history'),
  handle(ctx) {
    const q = ctx.params(z.object(pagingShape));
    const used = own(ctx)
      .filter((v) => v.status === 'USED' && v.usedAt !== null)
      .sort((a, b) => (b.usedAt as number) - (a.usedAt as number));
    return ok(
      paginate(used, q.page, q.pagesize, (v) => ({
        id: v.id,
        code: v.code,
        cardNo: v.usedByCardNo,
        faceValue: v.faceValue,
        rechargedAt: isoShanghai(v.usedAt as number),
      })),
    );
  },
};

export const datacardTransfer: Operation = {
  id: 'datacard-transfer',
  method: 'POST',
  path: '/cards/DataCard/Transfer',
  scope: cardScope('datacard', 'transfer'),
  handle(ctx) {
    const body = ctx.json(z.object({ ids: z.array(z.string().min(1)).max(100, 'at most 100'), consignee: z.string().trim().min(1) }));
    requireNonEmpty(body.ids);
    if (!ctx.fleet.accounts.includes(body.consignee)) throw business(CODES.TransferConsigneeIsNotExists);
    const mine = new Map(own(ctx).map((v) => [v.id, v]));
    const moving = new Set<SimVoucher>();
    for (const id of body.ids) {
      const v = mine.get(id);
      if (!v) throw notFound();
      moving.add(v);
    }
    for (const v of moving) v.owner = body.consignee;
    return ok({ count: moving.size });
  },
};

const generateBody = z.object({
  faceValue: z.number().int().min(1).max(1_000_000),
  count: z.number().int().min(1, 'must be 1..10000').max(10_000, 'must be 1..10000'),
  expiresAt: z.iso.datetime({ offset: true, message: 'must be ISO-8601 with offset' }),
});

export const datacardGenerate: Operation = {
  id: 'datacard-generate',
  method: 'POST',
  path: '/cards/DataCard/Generate',
  scope: cardScope('datacard', 'generate'),
  handle(ctx) {
    const body = ctx.json(generateBody);
    const expiresAt = Date.parse(body.expiresAt);
    if (expiresAt <= ctx.now) throw business(CODES.GenerateExptimeNeedGreaterThanNow);
    const day = dayKey(ctx.now);
    const today = ctx.state.vouchersPerDay.get(day) ?? 0;
    if (today + body.count > ctx.state.voucherDailyLimit) throw business(CODES.GenerateMaximumPerDay);
    ctx.state.vouchersPerDay.set(day, today + body.count);
    const batchNo = 'B' + day.replace(/-/g, '') + String(ctx.state.next(`batch-${day}`)).padStart(3, '0');
    for (let i = 0; i < body.count; i++) {
      const n = ctx.state.next('voucher');
      ctx.fleet.vouchers.push({
        id: 'DC' + String(100_000 + n).padStart(6, '0'),
        // Generated codes start 89, seeded ones 88: the two never collide.
        code: '89' + String(n).padStart(14, '0'),
        faceValue: body.faceValue,
        batchNo,
        status: 'UNUSED',
        owner: ctx.account,
        expiresAt,
        usedByCardNo: null,
        usedAt: null,
        createdAt: ctx.now,
      });
    }
    return ok({ batchNo, count: body.count, expiresAt: isoShanghai(expiresAt) });
  },
};
