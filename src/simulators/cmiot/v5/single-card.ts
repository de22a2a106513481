import type { SimCard } from '../../fleet/types';
import { type Envelope } from '../envelope';
import { singleSelector } from '../selectors';
import type { V5Call } from './call';
import { v5Failure } from './codes';

/**
 * The common opening of every v5 single-card query (`cmiot.md` §7.6): exactly one of
 * `msisdn|iccid|imsi` (else `11000`), a known China Mobile card (else `12010`).
 */
export function withSingleCard(call: V5Call, answer: (card: SimCard) => Envelope): Envelope {
  const selector = singleSelector(call.params);
  if (!selector) return v5Failure('badRequest');
  call.countKeys(1);
  const card = call.ctx.cards.find(selector.kind, selector.value);
  return card ? answer(card) : v5Failure('unknownCard');
}
