import type { CardStatus } from './card-state';

/**
 * Stop and resume, whichever upstream carries them out (`card-status.md` §5.1). Each card gets
 * its own outcome: a batch in which one card is refused still changes the others (Shingsou), or
 * is refused whole (CMIOT cooldown), and the caller reports per card either way.
 */
export type CardChangeAction = 'SUSPEND' | 'RESUME';

/** Why a card was not changed, in our words; the upstream's code travels beside it. */
export type CardChangeRefusal = 'NOT_FOUND' | 'INVALID_STATE' | 'RESUME_NOT_ALLOWED' | 'COOLDOWN' | 'OTHER';

export interface CardChangeOutcome {
  /** The identifier as the caller gave it. */
  requested: string;
  iccid: string | null;
  ok: boolean;
  refusal?: CardChangeRefusal;
  upstreamCode?: string;
  upstreamMessage?: string;
  /** The card's status after the call, when the upstream reports it. */
  status?: CardStatus;
}
