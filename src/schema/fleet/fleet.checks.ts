import { Carrier, type KnownCarrier } from '../../domain';
import type { FleetFilter, FleetOrder } from '../../fleet-store/fleet-store';
import { BadUserInputError } from '../errors';
import type { FleetFilterInput } from './fleet-filter.input';
import type { FleetOrderInput } from './fleet-order.input';

/**
 * The fleet arguments checked and put in the store's terms, before the store is asked: a bad
 * filter costs no query (and no upstream call).
 */

/** A page of the fleet: a dashboard's page of a few hundred cards, as `cardsByIds` takes 500. */
export const MAX_FLEET_PAGE = 250;
/** `usagePercentAtLeast` above this matches nothing a carrier would let happen: a typo. */
export const MAX_USAGE_PERCENT = 1000;
export const MIN_KEYWORD = 3;
export const MAX_KEYWORD = 20;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 64;
/** Type and category ids per filter. */
export const MAX_IDS = 100;

export const DEFAULT_FLEET_ORDER: FleetOrder = { field: 'ICCID', direction: 'ASC' };

export function checkFleetPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_FLEET_PAGE) {
    throw new BadUserInputError('first', `must be from 1 to ${MAX_FLEET_PAGE} (got ${first})`);
  }
  return first;
}

export function checkFleetOrder(order: FleetOrderInput | null | undefined): FleetOrder {
  return order ? { field: order.field, direction: order.direction } : DEFAULT_FLEET_ORDER;
}

/** The store's filter, with duplicates dropped and the keyword in ICCID case. */
export function checkFleetFilter(input: FleetFilterInput | null | undefined): FleetFilter {
  if (!input) return {};
  const filter: { -readonly [K in keyof FleetFilter]: FleetFilter[K] } = {};
  if (isGiven(input.states)) filter.states = nonEmpty('filter.states', input.states);
  if (isGiven(input.carriers)) filter.carriers = nonEmpty('filter.carriers', input.carriers).map(knownCarrier);
  if (isGiven(input.tags)) filter.tags = checkTags(input.tags);
  if (isGiven(input.typeIds)) filter.typeIds = checkIds('filter.typeIds', input.typeIds);
  if (isGiven(input.categoryIds)) filter.categoryIds = checkIds('filter.categoryIds', input.categoryIds);
  if (isGiven(input.keyword)) filter.keyword = checkKeyword(input.keyword);
  if (isGiven(input.usagePercentAtLeast)) filter.usagePercentAtLeast = checkPercent(input.usagePercentAtLeast);
  if (isGiven(input.expiresBefore)) filter.expiresBefore = input.expiresBefore;
  if (isGiven(input.realName)) filter.realName = input.realName;
  return filter;
}

function isGiven<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/** An empty list would match nothing: almost surely a client bug, so it is refused, not answered empty. */
function nonEmpty<T>(argument: string, values: readonly T[]): T[] {
  if (values.length === 0) throw new BadUserInputError(argument, 'must list at least one value; omit it to match every card');
  return [...new Set(values)];
}

function knownCarrier(carrier: Carrier): KnownCarrier {
  if (carrier === Carrier.UNKNOWN) throw new BadUserInputError('filter.carriers', 'UNKNOWN is not a carrier the store keeps; pick a carrier');
  return carrier;
}

function checkTags(tags: readonly string[]): string[] {
  const unique = nonEmpty('filter.tags', tags);
  if (unique.length > MAX_TAGS) throw new BadUserInputError('filter.tags', `must list at most ${MAX_TAGS} tags (got ${unique.length})`);
  unique.forEach((tag, index) => {
    if (tag.length === 0 || tag.length > MAX_TAG_LENGTH) {
      throw new BadUserInputError('filter.tags', `item ${index}: must be 1 to ${MAX_TAG_LENGTH} characters`);
    }
  });
  return unique;
}

function checkIds(argument: string, ids: readonly number[]): number[] {
  const unique = nonEmpty(argument, ids);
  if (unique.length > MAX_IDS) throw new BadUserInputError(argument, `must list at most ${MAX_IDS} ids (got ${unique.length})`);
  unique.forEach((id, index) => {
    if (!Number.isSafeInteger(id) || id < 1) throw new BadUserInputError(argument, `item ${index}: must be a positive id (got ${id})`);
  });
  return unique;
}

function checkKeyword(keyword: string): string {
  const trimmed = keyword.trim();
  if (trimmed.length < MIN_KEYWORD || trimmed.length > MAX_KEYWORD || !/^[0-9A-Za-z]+$/.test(trimmed)) {
    throw new BadUserInputError('filter.keyword', `must be ${MIN_KEYWORD} to ${MAX_KEYWORD} letters or digits of an ICCID or MSISDN`);
  }
  // ICCIDs are stored upper-case (card-status.md §7.1); an MSISDN has only digits.
  return trimmed.toUpperCase();
}

function checkPercent(percent: number): number {
  if (!Number.isFinite(percent) || percent < 0 || percent > MAX_USAGE_PERCENT) {
    throw new BadUserInputError('filter.usagePercentAtLeast', `must be from 0 to ${MAX_USAGE_PERCENT} (got ${percent})`);
  }
  return percent;
}
