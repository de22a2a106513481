import type { CardEventSnapshot } from './card-event';
import type { FleetFilter } from './fleet-filter';

/**
 * The filter over an event's snapshot of its card. It must agree with the store's SQL
 * (`fleet-store/fleet-query.ts`, and `fleet_snapshot_matches` of migration 0003); a test compares
 * them card by card.
 */
export function matchesFleetFilter(card: CardEventSnapshot, filter: FleetFilter): boolean {
  if (filter.states !== undefined && !filter.states.includes(card.state)) return false;
  if (filter.carriers !== undefined && !filter.carriers.includes(card.carrier)) return false;
  if (filter.tags !== undefined && !filter.tags.some((tag) => card.tags.includes(tag))) return false;
  if (filter.typeIds !== undefined && (card.typeId === null || !filter.typeIds.includes(card.typeId))) return false;
  if (filter.categoryIds !== undefined && (card.categoryId === null || !filter.categoryIds.includes(card.categoryId))) return false;
  if (filter.keyword !== undefined && filter.keyword !== '') {
    const keyword = filter.keyword.toLowerCase();
    if (!card.iccid.toLowerCase().includes(keyword) && !(card.msisdn ?? '').toLowerCase().includes(keyword)) return false;
  }
  if (filter.usagePercentAtLeast !== undefined && (card.usagePercent === null || card.usagePercent < filter.usagePercentAtLeast)) return false;
  if (filter.expiresBefore !== undefined && (card.expiresAt === null || Date.parse(card.expiresAt) >= filter.expiresBefore.getTime())) return false;
  if (filter.realName !== undefined && card.realName !== filter.realName) return false;
  return true;
}
