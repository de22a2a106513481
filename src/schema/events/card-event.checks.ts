import { ICCID_REASON, parseIccid, type CardEventType, type FleetFilter } from '../../domain';
import { BadUserInputError } from '../errors';
import { checkFleetFilter } from '../fleet/fleet.checks';
import type { CardEventFilterInput } from './card-event-filter.input';

export const MAX_EVENT_PAGE = 250;
export const MAX_EVENT_ICCIDS = 500;

/** A checked event filter: what the history query and the subscriptions match events against. */
export interface CardEventFilter {
  types?: readonly CardEventType[];
  iccids?: readonly string[];
  cards?: FleetFilter;
}

export function checkCardEventFilter(input: CardEventFilterInput | null | undefined): CardEventFilter {
  if (!input) return {};
  const filter: { -readonly [K in keyof CardEventFilter]: CardEventFilter[K] } = {};
  if (input.types) {
    if (input.types.length === 0) throw new BadUserInputError('filter.types', 'must list at least one type; omit it for every type');
    filter.types = [...new Set(input.types)];
  }
  if (input.iccids) {
    if (input.iccids.length === 0 || input.iccids.length > MAX_EVENT_ICCIDS) {
      throw new BadUserInputError('filter.iccids', `must list 1 to ${MAX_EVENT_ICCIDS} ICCIDs (got ${input.iccids.length})`);
    }
    const iccids = input.iccids.map((iccid) => {
      const parsed = parseIccid(iccid);
      if (!parsed.ok) throw new BadUserInputError('filter.iccids', ICCID_REASON);
      return parsed.value;
    });
    filter.iccids = [...new Set(iccids)];
  }
  if (input.cards) filter.cards = checkFleetFilter(input.cards);
  return filter;
}

export function checkEventPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_EVENT_PAGE) throw new BadUserInputError('first', `must be from 1 to ${MAX_EVENT_PAGE} (got ${first})`);
  return first;
}

/** A history cursor is the sequence of the last event of the page, in base 10. */
export function decodeEventCursor(after: string | null | undefined): number | undefined {
  if (after === null || after === undefined) return undefined;
  if (!/^\d{1,15}$/.test(after)) throw new BadUserInputError('after', 'not a cursor of cardEvents; pass an endCursor from a previous page');
  return Number(after);
}
