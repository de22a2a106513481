import type { CardChangeJobItem, Card, CardStatus as DomainCardStatus } from '../../domain';
import type { CardChangeResult as ServiceResult } from '../../services/card-change-result';
import { errorCodeOf } from '../../services/card-change-result';
import type { CardChangeResult } from '../types/card-change-result.type';
import { toCardStatusOutput } from '../outputs/card-status.output';

/** Service results and job items to the GraphQL `CardChangeResult`. */

export function toResultOutput(result: ServiceResult): CardChangeResult {
  return {
    card: result.requested,
    iccid: result.card?.iccid ?? null,
    ok: result.ok,
    pending: result.pending,
    error: result.error ?? null,
    message: result.message ?? null,
    upstream: result.upstream ?? null,
    upstreamCode: result.upstreamCode ?? null,
    upstreamMessage: result.upstreamMessage ?? null,
    status: result.status ? toCardStatusOutput(result.status) : null,
    currentState: result.status?.state ?? null,
  };
}

/** A finished job's item; `current` is the card's live status, read for wrong-state refusals. */
export function toJobItemOutput(item: CardChangeJobItem, card: Card | null, current: DomainCardStatus | null): CardChangeResult {
  return {
    card: item.msisdn,
    iccid: card?.iccid ?? null,
    ok: item.ok,
    pending: false,
    error: item.ok ? null : errorCodeOf(item.refusal ?? 'OTHER'),
    message: null,
    upstream: 'cmiot',
    upstreamCode: item.upstreamCode ?? null,
    upstreamMessage: item.upstreamMessage ?? null,
    status: null,
    currentState: current?.state ?? null,
  };
}
