import type { CardStatus as DomainCardStatus } from '../../domain';
import type { CardStatus } from './card-status.type';

/** The domain's `CardStatus` as the GraphQL `CardStatus`: the raw answer flattened beside the state. */
export function toCardStatusOutput(status: DomainCardStatus): CardStatus {
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
