/**
 * `flowcard-put` and `flowcard-patch` (`shingsou.md` §5.1): remark and taxonomy. Omitted fields
 * stay unchanged; `null` clears `typeId`/`categoryId`.
 */
import { z } from 'zod';
import { CARD_CATEGORIES, CARD_TYPES } from '../../fleet/catalog';
import type { SimCard } from '../../fleet/types';
import { toFlowCardDto } from '../dto/flowcard-dto';
import { ok, Operation } from '../gateway/operation';
import { cardScope } from '../scopes';
import { requireCard, visibleCard } from './card-access';
import { cardNoList, requireNonEmpty } from './card-list-body';

const knownId = (list: readonly { id: number }[], what: string) =>
  z.number().int().refine((id) => list.some((t) => t.id === id), `unknown ${what}`).nullable().optional();

const changes = {
  remark: z.string().max(200).optional(),
  typeId: knownId(CARD_TYPES, 'type'),
  categoryId: knownId(CARD_CATEGORIES, 'category'),
  tags: z.array(z.string().trim().min(1).max(32)).max(20).optional(),
};

type Changes = { remark?: string | undefined; typeId?: number | null | undefined; categoryId?: number | null | undefined; tags?: string[] | undefined };

function applyChanges(card: SimCard, c: Changes): void {
  if (c.remark !== undefined) card.remark = c.remark;
  if (c.typeId !== undefined) card.typeId = c.typeId;
  if (c.categoryId !== undefined) card.categoryId = c.categoryId;
  if (c.tags !== undefined) card.tags = [...new Set(c.tags)];
}

export const flowcardPut: Operation = {
  id: 'flowcard-put',
  method: 'PUT',
  path: '/cards/FlowCard/Put',
  alias: '/cards/FlowCard',
  scope: cardScope('flowcard', 'put'),
  handle(ctx) {
    const body = ctx.json(z.object({ cardNo: z.string().trim().min(1), ...changes }));
    ctx.keys(1);
    const card = requireCard(ctx, body.cardNo);
    applyChanges(card, body);
    return ok(toFlowCardDto(card, ctx.state.statusCheckedAt.get(card.iccid)));
  },
};

export const flowcardPatch: Operation = {
  id: 'flowcard-patch',
  method: 'PATCH',
  path: '/cards/FlowCard/Patch',
  alias: '/cards/FlowCard',
  scope: cardScope('flowcard', 'patch'),
  handle(ctx) {
    const body = ctx.json(z.object({ cardNos: cardNoList(100), ...changes }));
    ctx.keys(body.cardNos.length);
    requireNonEmpty(body.cardNos);
    const notFound: string[] = [];
    const cards = new Set<SimCard>();
    for (const no of body.cardNos) {
      const card = visibleCard(ctx, no);
      if (card) cards.add(card);
      else notFound.push(no);
    }
    for (const card of cards) applyChanges(card, body);
    return ok({ updated: cards.size, notFound });
  },
};
