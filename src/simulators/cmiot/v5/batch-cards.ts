import type { SimCard } from '../../fleet/types';
import { type Envelope, type ResultItem } from '../envelope';
import { batchSelector, type IdKind } from '../selectors';
import type { V5Call } from './call';
import { V5_CODES, v5Failure } from './codes';

/** v5 batch limits (`cmiot.md` §5). */
export const V5_BATCH_LIMIT = 100;
export const V5_SMALL_BATCH_LIMIT = 20;

export interface BatchEntry {
  kind: IdKind;
  /** The identifier as requested. */
  value: string;
  card: SimCard | undefined;
}

/**
 * The common opening of every v5 batch call (`cmiot.md` §7.6): exactly one of
 * `msisdns|iccids|imsis`, `_`-joined, at most `limit` (else `11000`). Unknown cards stay in
 * the list with `card` undefined: batches report them per item.
 */
export function withBatch(
  call: V5Call,
  limit: number,
  answer: (entries: BatchEntry[]) => Envelope,
): Envelope {
  const parsed = batchSelector(call.params, limit);
  if (!parsed.ok) {
    if (parsed.reason === 'limit') call.countKeys(parsed.size);
    return v5Failure('badRequest');
  }
  const { kind, values } = parsed.selector;
  call.countKeys(values.length);
  return answer(values.map((value) => ({ kind, value, card: call.ctx.cards.find(kind, value) })));
}

/** A per-item `12010` (`cmiot.md` §7.6), echoing the requested identifier under its own key. */
export function unknownItem(entry: BatchEntry, extra: ResultItem = {}): ResultItem {
  return {
    status: V5_CODES.unknownCard.status,
    message: V5_CODES.unknownCard.message,
    ...extra,
    [entry.kind]: entry.value,
  };
}
