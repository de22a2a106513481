import type { Card, CardChangeAction, CardChangeOutcome, CardChangeRefusal, CardStatus } from '../domain';
import { isOutcomeUnknown, isUpstreamError, type UpstreamErrorCode, type UpstreamName } from '../upstreams/errors';

/**
 * What is known of one card's change:
 * - APPLIED: the upstream confirmed it;
 * - PENDING: queued in a CMIOT batch job (`cmiot.md` §3.6): poll `cardChangeJob(id)`;
 * - FAILED: refused or never sent; nothing changed;
 * - UNKNOWN: sent and not answered (a timeout, a transport failure, a 5xx, the request's deadline
 *   in flight: the HTTP layer's UPSTREAM_OUTCOME_UNKNOWN);
 *   it may have been applied: read the card's live `status` before changing it again.
 */
export type CardChangeOutcomeKind = 'APPLIED' | 'PENDING' | 'FAILED' | 'UNKNOWN';

/** What the client does to learn an UNKNOWN outcome. */
export const READ_STATUS_ADVICE = "read the card's live status (Card.status) before stopping or resuming it again";

/**
 * The per-card answer of `suspendCards` / `resumeCards`: a value, never a thrown error, so one
 * card's refusal or one upstream's failure leaves the other cards' answers intact.
 */
export type CardChangeErrorCode = Exclude<CardChangeRefusal, 'OTHER'> | UpstreamErrorCode;

export interface CardChangeResult {
  /** The identifier as the caller gave it (normalized). */
  requested: string;
  /** The card it names, when the inventory knows it. */
  card: Card | null;
  outcome: CardChangeOutcomeKind;
  /** `outcome === 'APPLIED'`, kept for clients of the first schema. */
  ok: boolean;
  /** `outcome === 'PENDING'`: in a CMIOT batch job that has not finished; poll the job. */
  pending: boolean;
  error?: CardChangeErrorCode;
  /**
   * Our English explanation, on every result (what happened, and for PENDING and UNKNOWN how to
   * learn the rest); the upstream's own message travels beside it.
   */
  message: string;
  upstream?: UpstreamName;
  upstreamCode?: string;
  upstreamMessage?: string;
  /** The card's status after the call, when the upstream reports it. */
  status?: CardStatus;
}

export type Verdict = Omit<CardChangeResult, 'requested' | 'card'>;

export function errorCodeOf(refusal: CardChangeRefusal): CardChangeErrorCode {
  return refusal === 'OTHER' ? 'UPSTREAM_REJECTED' : refusal;
}

/**
 * Our words for a per-card refusal (`card-status.md` §5.1), the same for both upstreams: a
 * refused card gets a message whichever upstream refused it and however (per card or per job).
 */
export function refusalMessage(refusal: CardChangeRefusal, upstream: UpstreamName, upstreamCode?: string, upstreamMessage?: string): string {
  const name = upstream === 'shingsou' ? 'Shingsou' : 'CMIOT';
  switch (refusal) {
    case 'NOT_FOUND':
      return `${name} does not know the card`;
    case 'INVALID_STATE':
      return `${name} refused: the card is not in a state this change starts from (see currentState)`;
    case 'RESUME_NOT_ALLOWED':
      return `${name} refused: only a card stopped at the customer's request can be resumed here`;
    case 'COOLDOWN':
      return `${name} refuses the same change on a card within its cooldown (3 minutes, card-status.md §5.1); try again after it`;
    case 'OTHER':
      return `${name} refused the change${upstreamCode === undefined ? '' : ` with code ${upstreamCode}`}${upstreamMessage ? ` (${upstreamMessage})` : ''}`;
  }
}

/** Our words for a change the upstream confirmed; `CHANGE` when it does not say which (a job item). */
export function appliedMessage(action: CardChangeAction | 'CHANGE', upstream: UpstreamName): string {
  const done = action === 'SUSPEND' ? 'stopped' : action === 'RESUME' ? 'resumed' : 'changed';
  return `${upstream === 'shingsou' ? 'Shingsou' : 'CMIOT'} ${done} the card`;
}

export function fromOutcome(outcome: CardChangeOutcome, upstream: UpstreamName, action: CardChangeAction): Verdict {
  if (outcome.ok) {
    return { outcome: 'APPLIED', ok: true, pending: false, message: appliedMessage(action, upstream), upstream, ...(outcome.status ? { status: outcome.status } : {}) };
  }
  const refusal = outcome.refusal ?? 'OTHER';
  return {
    outcome: 'FAILED',
    ok: false,
    pending: false,
    error: errorCodeOf(refusal),
    message: refusalMessage(refusal, upstream, outcome.upstreamCode, outcome.upstreamMessage),
    upstream,
    upstreamCode: outcome.upstreamCode,
    upstreamMessage: outcome.upstreamMessage,
    ...(outcome.status ? { status: outcome.status } : {}),
  };
}

/**
 * A whole upstream call failed: every card it carried gets the coded failure. `sent` says
 * whether that call was the change itself: a failed lookup before it changed nothing (FAILED),
 * while a change sent and not answered may have been applied (UNKNOWN, UPSTREAM_OUTCOME_UNKNOWN).
 */
export function fromFailure(error: unknown, sent: boolean): Verdict {
  if (!isUpstreamError(error)) throw error;
  if (sent && isOutcomeUnknown(error)) {
    return {
      outcome: 'UNKNOWN',
      ok: false,
      pending: false,
      error: 'UPSTREAM_OUTCOME_UNKNOWN',
      // The HTTP layer's message already says the change may have happened.
      message: `${error.message.replace(/[.\s]+$/, '')}: ${READ_STATUS_ADVICE}`,
      upstream: error.upstream,
      upstreamCode: error.upstreamCode,
      upstreamMessage: error.upstreamMessage,
    };
  }
  return {
    outcome: 'FAILED',
    ok: false,
    pending: false,
    error: error.code,
    message: error.message,
    upstream: error.upstream,
    upstreamCode: error.upstreamCode,
    upstreamMessage: error.upstreamMessage,
  };
}

export { type UpstreamName };
