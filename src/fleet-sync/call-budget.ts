import { abortableSleep } from './abortable-sleep';

const MINUTE_MS = 60_000;

/**
 * The sync's own budget of upstream calls (`SYNC_CALLS_PER_MINUTE`): a token bucket holding one
 * second's worth, refilled at `perMinute` a minute, so the calls come spread over the minute rather
 * than in a burst at its top (a burst is what the carriers' per-second throttles punish,
 * `cmiot.md` §5) and the time the sync spends on the store does not waste refill; and a log of the
 * last minute's calls, so that no 60 s window ever holds more than `perMinute`. Every upstream exchange the sync makes is
 * charged, retries included (`charge`); token fetches are not sync calls and are not charged.
 * Process-local: only the replica holding the sync lease spends it (`FleetStore.withSyncLease`).
 */
export class CallBudget {
  private tokens = 1;
  private readonly capacity: number;
  private refilledAt: number;
  /** Times of the calls charged in the last minute, oldest first (for `usedLastMinute`). */
  private readonly spent: number[] = [];

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!(perMinute > 0)) throw new RangeError(`calls per minute must be positive, got ${perMinute}`);
    this.capacity = Math.max(1, perMinute / 60);
    this.refilledAt = now();
  }

  /** Waits until one call fits, then charges it. Rejects with the signal's reason when it aborts. */
  async take(signal: AbortSignal): Promise<void> {
    for (;;) {
      this.refill();
      const used = this.usedLastMinute();
      if (this.tokens >= 1 && used < this.perMinute) {
        this.charge(1);
        return;
      }
      const bucketMs = this.tokens >= 1 ? 0 : ((1 - this.tokens) * MINUTE_MS) / this.perMinute;
      // The minute is full: wait until its oldest call leaves the window.
      const windowMs = used < this.perMinute ? 0 : (this.spent[used - this.perMinute] as number) + MINUTE_MS - this.now();
      await abortableSleep(Math.max(Math.ceil(Math.max(bucketMs, windowMs)), 1), signal);
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
    this.tokens = Math.min(this.capacity, this.tokens + ((at - this.refilledAt) * this.perMinute) / MINUTE_MS);
    this.refilledAt = at;
  }
}
