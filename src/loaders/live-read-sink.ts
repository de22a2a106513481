import type { Card, CardStatus, CardUsage } from '../domain';

/**
 * Where the loaders report the live readings they fetched, so the fleet store keeps them
 * (`fleet-sync/live-recorder.ts`). Called after a batch is answered, never awaited: a slow or
 * failing store costs a request nothing. Only upstream answers are reported, not cache hits.
 */
export interface LiveReadSink {
  statuses(readings: readonly { card: Card; status: CardStatus }[]): void;
  usages(readings: readonly { card: Card; usage: CardUsage }[]): void;
}
