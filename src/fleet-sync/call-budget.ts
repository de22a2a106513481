import { abortableSleep } from './abortable-sleep';

const MINUTE_MS = 60_000;

/**
 * The sync's own budget of upstream calls (`SYNC_CALLS_PER_MINUTE`): a token bucket of one call,
 * refilled at `perMinute` a minute, so any 60 s window holds at most `perMinute + 1` calls and the
 * calls come evenly spaced rather than in a burst at the top of each minute (a burst is what the
 * carriers' per-second throttles punish, `cmiot.md` §5). Every upstream exchange the sync makes is
 * charged, retries included (`charge`); token fetches are not sync calls and are not charged.
 * Process-local: only the replica holding the sync lease spends it (`FleetStore.withSyncLease`).
 */
export class CallBudget {
  private tokens = 1;
  private refilledAt: number;
  /** Times of the calls charged in the last minute, oldest first (for `usedLastMinute`). */
  private readonly spent: number[] = [];

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(perMinute > 0)) throw new RangeError(`calls per minute must be positive, got ${perMinute}`);
    this.refilledAt = now();
  }

  /** Waits until one call fits, then charges it. Rejects with the signal's reason when it aborts. */
  async take(signal: AbortSignal): Promise<void> {
    for (;;) {
      this.refill();
      if (this.tokens >= 1) {
        this.charge(1);
        return;
      }
      const waitMs = Math.ceil(((1 - this.tokens) * MINUTE_MS) / this.perMinute);
      await abortableSleep(Math.max(waitMs, 1), signal);
    }
  }

  /** Charges calls already made (the retries of a call `take` admitted); the bucket may go into debt. */
  charge(calls: number): void {
    if (calls <= 0) return;
    this.refill();
    this.tokens -= calls;
    const at = this.now();
    for (let i = 0; i < calls; i++) this.spent.push(at);
  }

  /** Calls charged in the last 60 s. */
  usedLastMinute(): number {
    const since = this.now() - MINUTE_MS;
    while (this.spent.length > 0 && (this.spent[0] as number) <= since) this.spent.shift();
    return this.spent.length;
  }

  private refill(): void {
    const at = this.now();
    this.tokens = Math.min(1, this.tokens + ((at - this.refilledAt) * this.perMinute) / MINUTE_MS);
    this.refilledAt = at;
  }
}
