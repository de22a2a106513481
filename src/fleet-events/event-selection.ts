import { matchesFleetFilter, type CardEvent, type CardEventType, type FleetFilter } from '../domain';

/**
 * Which events a subscriber wants: every given condition must hold. The same terms as the history
 * query's (`CardEventQuery` in `fleet-store/fleet-event-store.ts`, matched there in SQL), so a
 * checked `CardEventFilter` of the schema is one as it stands.
 */
export interface CardEventSelection {
  types?: readonly CardEventType[];
  iccids?: readonly string[];
  /** The card as recorded with the event matched this filter. */
  cards?: FleetFilter;
}

export function matchesSelection(event: CardEvent, selection: CardEventSelection): boolean {
  if (selection.types !== undefined && !selection.types.includes(event.type)) return false;
  if (selection.iccids !== undefined && !selection.iccids.includes(event.card.iccid)) return false;
  return selection.cards === undefined || matchesFleetFilter(event.card, selection.cards);
}
