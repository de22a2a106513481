/**
 * `flowcard-network` 停复机 (`shingsou.md` §5.3): per-card results in request order, decided by the
 * fleet's shared rules (`fleet/state-change.ts`), so a China Mobile card stopped here reads as
 * stopped through CMIOT at once (§7.6).
 */
import { z } from 'zod';
import type { Refusal } from '../../fleet/state-change';
import { renderShingsouStatus } from '../../fleet/render';
import { CODES, CodeRow } from '../codes';
import { ok, Operation } from '../gateway/operation';
import { cardScope } from '../scopes';
import { visibleCard } from './card-access';
import { cardNoList, requireNonEmpty } from './card-list-body';

const REFUSAL_CODES: Record<Refusal, CodeRow> = {
  UNKNOWN_CARD: CODES.NetworkCardNotFound,
  INVALID_STATE: CODES.NetworkStateNotAllowed,
  RESUME_NOT_ALLOWED: CODES.NetworkResumeNotAllowed,
  COOLDOWN: CODES.NetworkTooFrequent,
};

const networkBody = z.object({
  cardNos: cardNoList(100),
  operType: z.union([z.literal(0), z.literal(1)], { message: 'must be 0 (stop) or 1 (resume)' }),
});

export const flowcardNetwork: Operation = {
  id: 'flowcard-network',
  method: 'POST',
  path: '/cards/FlowCard/Network',
  scope: cardScope('flowcard', 'network'),
  handle(ctx) {
    const body = ctx.json(networkBody);
    ctx.keys(body.cardNos.length);
    requireNonEmpty(body.cardNos);
    const request = body.operType === 0 ? ({ kind: 'STOP' } as const) : ({ kind: 'RESUME' } as const);
    const results = body.cardNos.map((cardNo) => {
      const card = visibleCard(ctx, cardNo);
      const outcome = ctx.fleet.change(card, request);
      const rendered = card ? renderShingsouStatus(card) : { status: null, statusName: null };
      const code = outcome.ok ? { code: 0, description: '' } : { code: REFUSAL_CODES[outcome.refusal].code, description: REFUSAL_CODES[outcome.refusal].description };
      return { cardNo, iccid: card?.iccid ?? null, success: outcome.ok, ...code, ...rendered };
    });
    return ok({ results });
  },
};
