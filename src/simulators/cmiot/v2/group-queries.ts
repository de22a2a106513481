import { z } from 'zod';
import type { SimCard } from '../../fleet/types';
import { ok } from '../envelope';
import { renderLifecycle } from '../render-status';
import { formatDay } from '../../shared/time';
import type { V2Route } from './call';
import { v2Failure } from './codes';

/** v2 customer-wide APIs (`cmiot.md` §2.2). */

/** querycardcount: card counts per lifecycle (§6.3: `00`/`01`/`02`/`03`). */
export const queryCardCount: V2Route = {
  params: [],
  handle: (call) => {
    const counts: Record<string, number> = { '00': 0, '01': 0, '02': 0, '03': 0 };
    for (const card of call.ctx.cards.all()) {
      const lifecycle = renderLifecycle(card);
      counts[lifecycle] = (counts[lifecycle] ?? 0) + 1;
    }
    return ok([
      {
        normalnum: String(counts['00']),
        testnum: String(counts['01']),
        sleepnum: String(counts['02']),
        othernum: String(counts['03']),
      },
    ]);
  },
};

/** The cards API2022 lists: suspended for arrears, two-way (`card-status.md` §6). */
export function inArrearsStop(card: SimCard): boolean {
  return card.state === 'SUSPENDED' && card.suspendReason === 'ARREARS' && card.barring === 'TWO_WAY';
}

const paging = z.object({
  // "必须为大于等于1且小于等于20的整数" / "必须传入大于0的整数" (API2022 page).
  pageSize: z.string().regex(/^\d{1,9}$/).transform(Number).pipe(z.number().int().min(1).max(20)),
  pageNum: z.string().regex(/^\d{1,9}$/).transform(Number).pipe(z.number().int().min(1)),
});

/**
 * API2022 欠费停机用户批量查询, shape exactly as on the official page: one object holding
 * `arrearageUserInfo` with `total` as a string and one `currentDate` per item. A page past
 * the end returns `userInfos: []` with `total` unchanged (DECISION).
 */
export const arrearageUserInfo: V2Route = {
  params: ['pageSize', 'pageNum'],
  handle: (call) => {
    if (!call.params.has('pageSize') || !call.params.has('pageNum')) return v2Failure('paramCount');
    const parsed = paging.safeParse({ pageSize: call.params.get('pageSize'), pageNum: call.params.get('pageNum') });
    if (!parsed.success) return v2Failure('badParamName');
    const { pageSize, pageNum } = parsed.data;
    const all = call.ctx.cards.all().filter(inArrearsStop);
    const currentDate = formatDay(call.ctx.now());
    const page = all.slice((pageNum - 1) * pageSize, pageNum * pageSize);
    return ok([
      {
        arrearageUserInfo: {
          total: String(all.length),
          userInfos: page.map((card) => ({
            msisdn: card.msisdn,
            status: '02',
            currentDate,
            statusDate: formatDay(card.statusChangedAt),
          })),
        },
      },
    ]);
  },
};
