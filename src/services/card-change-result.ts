import type { Card, CardChangeOutcome, CardChangeRefusal, CardStatus } from '../domain';
import { isUpstreamError, type UpstreamErrorCode, type UpstreamName } from '../upstreams/errors';

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
  ok: boolean;
  /** In a CMIOT batch job that has not finished: poll the job for the outcome. */
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

export function fromOutcome(outcome: CardChangeOutcome, upstream: UpstreamName): Verdict {
  if (outcome.ok) return { ok: true, pending: false, upstream, ...(outcome.status ? { status: outcome.status } : {}) };
  return {
    ok: false,
    pending: false,
    error: errorCodeOf(outcome.refusal ?? 'OTHER'),
    upstream,
    upstreamCode: outcome.upstreamCode,
    upstreamMessage: outcome.upstreamMessage,
    ...(outcome.status ? { status: outcome.status } : {}),
  };
}

/** A whole upstream call failed: every card it carried gets the coded failure. */
export function fromFailure(error: unknown): Verdict {
  if (!isUpstreamError(error)) throw error;
  return {
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
