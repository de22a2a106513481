/**
 * Single-card live reads (`shingsou.md` §5.2): Status, Data, Location.
 */
import { z } from 'zod';
import { OPERATOR_OF } from '../../fleet/catalog';
import { renderShingsouStatus } from '../../fleet/render';
import { monthUsageKb } from '../../fleet/usage';
import { isoShanghai, monthKey } from '../../shared/time';
import { ok, Operation } from '../gateway/operation';
import { cardScope } from '../scopes';
import { requireCard } from './card-access';
import { cardNoQuery } from './flowcard-list';

export const flowcardStatus: Operation = {
  id: 'flowcard-status',
  method: 'GET',
  path: '/cards/FlowCard/Status',
  scope: cardScope('flowcard', 'status'),
  handle(ctx) {
    const { cardno } = ctx.params(cardNoQuery);
    ctx.keys(1);
    const card = requireCard(ctx, cardno);
    // A live carrier query also refreshes the stored status (§5.2).
    ctx.state.statusCheckedAt.set(card.iccid, ctx.now);
    return ok({ cardNo: card.iccid, operator: OPERATOR_OF[card.carrier], ...renderShingsouStatus(card), checkedAt: isoShanghai(ctx.now) });
  },
};

const dataQuery = cardNoQuery.extend({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be yyyy-MM').optional(),
});

export const flowcardData: Operation = {
  id: 'flowcard-data',
  method: 'GET',
  path: '/cards/FlowCard/Data',
  scope: cardScope('flowcard', 'data'),
  handle(ctx) {
    const q = ctx.params(dataQuery);
    ctx.keys(1);
    const card = requireCard(ctx, q.cardno);
    const month = q.month ?? monthKey(ctx.now);
    const usedKb = monthUsageKb(card, month, ctx.now);
    const totalKb = card.quotaKb === null ? null : card.quotaKb + (card.topUpKb[month] ?? 0);
    return ok({
      cardNo: card.iccid,
      month,
      usedKb,
      totalKb,
      remainingKb: totalKb === null ? null : Math.max(0, totalKb - usedKb),
      updatedAt: isoShanghai(ctx.now),
    });
  },
};

export const flowcardLocation: Operation = {
  id: 'flowcard-location',
  method: 'GET',
  path: '/cards/FlowCard/Location',
  scope: cardScope('flowcard', 'location'),
  handle(ctx) {
    const { cardno } = ctx.params(cardNoQuery);
    ctx.keys(1);
    const card = requireCard(ctx, cardno);
    const fix = card.location;
    return ok({
      cardNo: card.iccid,
      lng: fix?.lng ?? null,
      lat: fix?.lat ?? null,
      accuracy: fix?.accuracy ?? null,
      at: fix ? isoShanghai(fix.at) : null,
    });
  },
};
