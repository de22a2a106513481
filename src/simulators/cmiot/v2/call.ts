import type { SimCard } from '../../fleet/types';
import type { CmiotContext } from '../context';
import type { Envelope } from '../envelope';
import type { Params } from '../params';
import { singleSelector, type IdKind } from '../selectors';
import { v2Failure } from './codes';

/** One signed v2 call as a handler sees it (after the §7.3 public checks). */
export interface V2Call {
  params: Params;
  ctx: CmiotContext;
  /** Reports how many card identifiers the request carried (README stats `keys`). */
  countKeys(n: number): void;
}

export interface V2Route {
  /** Business parameters the API takes; any other one is "参数个数不正确" (`10`, §2.4). */
  params: readonly string[];
  handle(call: V2Call): Envelope;
}

/** The public parameters of every v2 call (§2.1). */
export const V2_PUBLIC_PARAMS: readonly string[] = ['appid', 'transid', 'ebid', 'token'];

export const ANY_ID: readonly string[] = ['msisdn', 'iccid', 'imsi'];

/**
 * The opening of a v2 single-card API (§7.6): exactly one of the allowed selectors (else
 * `10`), a card of this customer (else `12`).
 */
export function withV2Card(
  call: V2Call,
  kinds: readonly IdKind[],
  answer: (card: SimCard) => Envelope,
): Envelope {
  const selector = singleSelector(call.params, kinds);
  if (!selector) return v2Failure('paramCount');
  call.countKeys(1);
  const card = call.ctx.cards.find(selector.kind, selector.value);
  return card ? answer(card) : v2Failure('notInGroup');
}
