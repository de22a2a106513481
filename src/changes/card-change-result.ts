import type { Card, CardChangeOutcome, CardChangeRefusal, CardStatus } from '../domain';
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
  /** Our English explanation, when the upstream's own message is not enough. */
  message?: string;
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

/** A refusal the upstream gives without a message of ours; COOLDOWN is the one clients retry. */
const REFUSAL_MESSAGES: Partial<Record<CardChangeErrorCode, string>> = {
  COOLDOWN: 'the upstream refuses the same change on a card within its cooldown (3 minutes, card-status.md §5.1); try again after it',
};

export function fromOutcome(outcome: CardChangeOutcome, upstream: UpstreamName): Verdict {
  if (outcome.ok) return { outcome: 'APPLIED', ok: true, pending: false, upstream, ...(outcome.status ? { status: outcome.status } : {}) };
  const error = errorCodeOf(outcome.refusal ?? 'OTHER');
  const message = REFUSAL_MESSAGES[error];
  return {
    outcome: 'FAILED',
    ok: false,
    pending: false,
    error,
    ...(message ? { message } : {}),
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
