import type { CardChangeJobItem, Card, CardStatus as DomainCardStatus } from '../../domain';
import type { CardChangeResult as ServiceResult } from '../../changes/card-change-result';
import { appliedMessage, errorCodeOf, refusalMessage } from '../../changes/card-change-result';
import type { CardChangeResult } from './card-change-result.type';
import { toCardStatusOutput } from '../card/card-status.mapping';

/** Service results and job items to the GraphQL `CardChangeResult`. */

export function toResultOutput(result: ServiceResult): CardChangeResult {
  return {
    requested: result.requested,
    card: result.requested,
    iccid: result.card?.iccid ?? null,
    msisdn: result.card?.msisdn ?? null,
    flowCard: result.card,
    outcome: result.outcome,
    ok: result.ok,
    pending: result.pending,
    error: result.error ?? null,
    message: result.message,
    upstream: result.upstream ?? null,
    upstreamCode: result.upstreamCode ?? null,
    upstreamMessage: result.upstreamMessage ?? null,
    status: result.status ? toCardStatusOutput(result.status) : null,
    currentState: result.status?.state ?? null,
  };
}

/**
 * A finished job's item. `requested` is what the caller gave for the card when this gateway
 * submitted the job (`ChangeRecord.jobRequests`), else the MSISDN the job reports; `current` is the
 * card's live status, read for wrong-state refusals.
 */
export function toJobItemOutput(item: CardChangeJobItem, requested: string | undefined, card: Card | null, current: DomainCardStatus | null): CardChangeResult {
  const refusal = item.ok ? null : (item.refusal ?? 'OTHER');
  const asked = requested ?? item.msisdn;
  return {
    requested: asked,
    card: asked,
    iccid: card?.iccid ?? null,
    msisdn: card?.msisdn ?? item.msisdn,
    flowCard: card,
    outcome: item.ok ? 'APPLIED' : 'FAILED',
    ok: item.ok,
    pending: false,
    error: refusal === null ? null : errorCodeOf(refusal),
    // A job carries stops or resumes; its items do not say which, so the applied message is neutral.
    message: refusal === null ? appliedMessage('CHANGE', 'cmiot') : refusalMessage(refusal, 'cmiot', item.upstreamCode, item.upstreamMessage),
    upstream: 'cmiot',
    upstreamCode: item.upstreamCode ?? null,
    upstreamMessage: item.upstreamMessage ?? null,
    status: null,
    currentState: current?.state ?? null,
  };
}
