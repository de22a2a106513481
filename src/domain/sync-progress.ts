/**
 * What the fleet sync says of itself (issue 14 §4): shown in `fleetSummary.sync` and on
 * `/metrics`, so a client can tell a store that is behind from one that is current.
 */
export interface SyncProgress {
  /** Cards the store holds. */
  cardsInStore: number;
  /** Upstream calls the sync spent in the current minute. */
  callsUsed: number;
  /** Calls per minute the sync may spend (`SYNC_CALLS_PER_MINUTE`). */
  callsBudget: number;
  /** Seconds between now and the stalest reading in the store; `null` while it is empty. */
  lagSeconds: number | null;
  /** When the last full pass over the inventory finished; `null` before the first. */
  lastPassFinishedAt: Date | null;
  /** Whether this replica holds the fleet-wide sync lease (another replica may be the one syncing). */
  leaseHeld: boolean;
}
