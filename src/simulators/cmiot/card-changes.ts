import { applyChange, refusalFor } from '../fleet/state-change';
import type { SimCard } from '../fleet/types';
import type { OperMove } from './oper-types';

/**
 * CMIOT status changes over the fleet's shared stop/resume rules (`fleet/state-change.ts`), so
 * a change made here reads back through Shingsou and the other way round (`cmiot.md` §7.12).
 * CMIOT adds one check: an operType names its source state, not only its target.
 */
export type ChangeRefusal = 'COOLDOWN' | 'INVALID_STATE' | 'RESUME_NOT_ALLOWED';

export interface CardChanges {
  refusal(card: SimCard, move: OperMove, now: number): ChangeRefusal | null;
  /** Applies the move at `now` when allowed; returns the refusal otherwise. */
  apply(card: SimCard, move: OperMove, now: number): ChangeRefusal | null;
}

/** `cooldownMs` is read per call: the fleet keeps the live value (`shared/knobs.ts`). */
export function cardChanges(cooldownMs: () => number): CardChanges {
  const refusal = (card: SimCard, move: OperMove, now: number): ChangeRefusal | null => {
    const shared = refusalFor(card, move.request, now, cooldownMs());
    if (shared === 'UNKNOWN_CARD') return 'INVALID_STATE';
    if (shared) return shared;
    return card.state === move.from ? null : 'INVALID_STATE';
  };
  return {
    refusal,
    apply(card, move, now) {
      const refused = refusal(card, move, now);
      if (!refused) applyChange(card, move.request, now);
      return refused;
    },
  };
}
