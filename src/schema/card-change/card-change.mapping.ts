import type { CardChangeJobItem, Card, CardStatus as DomainCardStatus } from '../../domain';
import type { CardChangeResult as ServiceResult } from '../../changes/card-change-result';
import { errorCodeOf } from '../../changes/card-change-result';
import type { CardChangeResult } from './card-change-result.type';
import { toCardStatusOutput } from '../card/card-status.mapping';

/** Service results and job items to the GraphQL `CardChangeResult`. */

export function toResultOutput(result: ServiceResult): CardChangeResult {
  return {
    card: result.requested,
    iccid: result.card?.iccid ?? null,
    outcome: result.outcome,
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
  const error = item.ok ? null : errorCodeOf(item.refusal ?? 'OTHER');
  return {
    card: item.msisdn,
    iccid: card?.iccid ?? null,
    outcome: item.ok ? 'APPLIED' : 'FAILED',
    ok: item.ok,
    pending: false,
    error,
    message: error === 'COOLDOWN' ? 'CMIOT refused the same change on this card within 3 minutes (cmiot.md §8.10); try again after it' : null,
    upstream: 'cmiot',
    upstreamCode: item.upstreamCode ?? null,
    upstreamMessage: item.upstreamMessage ?? null,
    status: null,
    currentState: current?.state ?? null,
  };
}
