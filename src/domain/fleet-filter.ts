import type { KnownCarrier } from './carrier';
import type { CardState } from './card-state';

/**
 * Which cards of the fleet: every given condition must hold; a list matches any of its values.
 * Read by the fleet store (`fleet`, `fleetSummary`, alert rules, in SQL) and by event consumers
 * (subscriptions, webhooks: `matchesFleetFilter` in `card-event-match.ts`, over an event's card snapshot).
 */
export interface FleetFilter {
  states?: readonly CardState[];
  carriers?: readonly KnownCarrier[];
  /** Any of these tags. */
  tags?: readonly string[];
  typeIds?: readonly number[];
  categoryIds?: readonly number[];
  /** Substring of the ICCID or the MSISDN. */
  keyword?: string;
  usagePercentAtLeast?: number;
  expiresBefore?: Date;
  realName?: boolean;
}
