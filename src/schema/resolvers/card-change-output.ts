import type { CardChangeJobItem, CardStatus as DomainCardStatus, Card } from '../../domain';
import type { CardChangeResult as ServiceResult } from '../../services/card-change-result';
import { errorCodeOf } from '../../services/card-change-result';
import type { CardChangeResult } from '../types/card-change-result.type';
import type { CardStatus } from '../types/card-status.type';

/** Service results and job items to the GraphQL `CardChangeResult`. */

export function toStatusOutput(status: DomainCardStatus): CardStatus {
  return {
    state: status.state,
    rawCode: status.raw.code,
    rawLabel: status.raw.label,
    source: status.raw.source,
    suspendReason: status.suspendReason,
    barring: status.barring,
    checkedAt: new Date(status.checkedAt),
  };
}

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
    status: result.status ? toStatusOutput(result.status) : null,
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
