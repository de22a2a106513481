/**
 * `flowcard-transfer` 划卡 and its history (`shingsou.md` §5.4): the cards leave the caller's
 * account. All or nothing: any unknown card → 404 and nothing moves.
 */
import { z } from 'zod';
import type { SimCard } from '../../fleet/types';
import { isoShanghai, parseShanghaiDay, DAY_MS } from '../../shared/time';
import { CODES } from '../codes';
import { business, notFound, unprocessable } from '../errors';
import { ok, Operation } from '../gateway/operation';
import { optionalDate, paginate, pagingShape } from '../gateway/paging';
import { cardScope } from '../scopes';
import type { TransferRecord } from '../state';
import { visibleCard } from './card-access';
import { cardNoList, requireNonEmpty } from './card-list-body';

/** `T` + Shanghai `yyyyMMdd` + a 4-digit sequence (`T202405010001`). */
export function dailyId(prefix: string, now: number, sequence: number): string {
  return prefix + isoShanghai(now).slice(0, 10).replace(/-/g, '') + String(sequence).padStart(4, '0');
}

export const flowcardTransfer: Operation = {
  id: 'flowcard-transfer',
  method: 'POST',
  path: '/cards/FlowCard/Transfer',
  scope: cardScope('flowcard', 'transfer'),
  handle(ctx) {
    const body = ctx.json(z.object({ cardNos: cardNoList(100), consignee: z.string().trim().min(1) }));
    ctx.keys(body.cardNos.length);
    requireNonEmpty(body.cardNos);
    if (!ctx.fleet.accounts.includes(body.consignee)) throw business(CODES.TransferConsigneeIsNotExists);
    const cards = new Set<SimCard>();
    for (const no of body.cardNos) {
      const card = visibleCard(ctx, no);
      if (!card) throw notFound();
      cards.add(card);
    }
    for (const card of cards) card.owner = body.consignee;
    const record: TransferRecord = {
      transferId: dailyId('T', ctx.now, ctx.state.next('transfer')),
      consignee: body.consignee,
      count: cards.size,
      cardNos: [...cards].map((c) => c.iccid),
      createdAt: ctx.now,
      owner: ctx.account,
    };
    ctx.state.transfers.unshift(record);
    return ok({ transferId: record.transferId, count: record.count });
  },
};

/** `from`/`to` are inclusive Shanghai calendar days. */
export const dateRangeShape = { ...pagingShape, from: optionalDate, to: optionalDate };

export function dateRange(q: { from?: string | undefined; to?: string | undefined }): [number, number] {
  const from = q.from === undefined ? -Infinity : parseShanghaiDay(q.from);
  const to = q.to === undefined ? Infinity : parseShanghaiDay(q.to) + DAY_MS;
  if (Number.isNaN(from) || Number.isNaN(to)) throw unprocessable({ from: ['must be a valid yyyy-MM-dd date'] });
  return [from, to];
}

export const flowcardTransferHistory: Operation = {
  id: 'flowcard-transferhistory',
  method: 'GET',
  path: '/cards/FlowCard/TransferHistory',
  scope: cardScope('flowcard', 'transferhistory'),
  handle(ctx) {
    const q = ctx.params(z.object(dateRangeShape));
    const [from, to] = dateRange(q);
    const rows = ctx.state.transfers.filter((t) => t.owner === ctx.account && t.createdAt >= from && t.createdAt < to);
    return ok(
      paginate(rows, q.page, q.pagesize, (t) => ({
        transferId: t.transferId,
        consignee: t.consignee,
        count: t.count,
        cardNos: [...t.cardNos],
        createdAt: isoShanghai(t.createdAt),
      })),
    );
  },
};
