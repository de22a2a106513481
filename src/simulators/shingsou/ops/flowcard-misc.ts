/**
 * `flowcard-reality` 实名认证 and the taxonomy lists (`shingsou.md` §5.4), and every `*-codes`
 * operation (§6.5, §6.6: bare arrays).
 */
import { z } from 'zod';
import { CARD_CATEGORIES, CARD_TAGS, CARD_TYPES } from '../../fleet/catalog';
import type { SimTaxon } from '../../fleet/catalog-types';
import { isoShanghai } from '../../shared/time';
import { CODE_TABLES } from '../codes';
import { ok, Operation } from '../gateway/operation';
import { paginate, pagingShape } from '../gateway/paging';
import { cardScope } from '../scopes';
import { requireCard } from './card-access';

/**
 * `idNumber` and `phone` are write-only (§5.4): validated, then dropped. Nothing stores or logs
 * them; the card only remembers that it is verified.
 */
const realityBody = z.object({
  cardNo: z.string().trim().min(1),
  name: z.string().trim().min(1).max(50),
  idNumber: z.string().regex(/^\d{17}[\dXx]$/, 'must be an 18-character ID number'),
  phone: z.string().regex(/^1\d{10}$/, 'must be an 11-digit phone number'),
});

export const flowcardReality: Operation = {
  id: 'flowcard-reality',
  method: 'POST',
  path: '/cards/FlowCard/Reality',
  scope: cardScope('flowcard', 'reality'),
  handle(ctx) {
    const body = ctx.json(realityBody);
    ctx.keys(1);
    const card = requireCard(ctx, body.cardNo);
    card.realName = { verified: true, at: ctx.now };
    return ok({ cardNo: card.iccid, realName: true, verifiedAt: isoShanghai(ctx.now) });
  },
};

function taxonomy(id: string, action: 'Types' | 'Categories' | 'Tags', list: readonly SimTaxon[]): Operation {
  return {
    id,
    method: 'GET',
    path: `/cards/FlowCard/${action}`,
    scope: cardScope('flowcard', action.toLowerCase()),
    handle(ctx) {
      const q = ctx.params(z.object(pagingShape));
      return ok(paginate(list, q.page, q.pagesize, (t) => ({ id: t.id, name: t.name })));
    },
  };
}

export const flowcardTypes = taxonomy('flowcard-types', 'Types', CARD_TYPES);
export const flowcardCategories = taxonomy('flowcard-categories', 'Categories', CARD_CATEGORIES);
export const flowcardTags = taxonomy('flowcard-tags', 'Tags', CARD_TAGS);

/** §2.5: every `*-codes` operation needs a valid token only. */
function codes(id: string, path: string, table: readonly object[]): Operation {
  return { id, method: 'GET', path, scope: null, handle: () => ok(table.map((row) => ({ ...row }))) };
}

export const flowcardCodes = codes('flowcard-codes', '/cards/FlowCard/Codes', CODE_TABLES.flowcard);
export const datacardCodes = codes('datacard-codes', '/cards/DataCard/Codes', CODE_TABLES.datacard);
export const orderCodes = codes('order-codes', '/payment/Order/Codes', CODE_TABLES.order);
export const paymentCodes = codes('payment-codes', '/payment/Payment/Codes', CODE_TABLES.payment);
