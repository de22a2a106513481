/**
 * Holds back the dispatch of batch loaders while card lookups of the same request are in flight.
 *
 * Why: a query for 250 cards resolves them in three `flowcard-get` batches that answer at
 * different moments. Without the gate, each answer releases its cards' `usage`/`location` loads
 * in a different tick, so a batch endpoint is called once per lookup batch (three monthly-usage
 * calls for 150 China Mobile cards) instead of `ceil(150 / 100)` = two. With it, a batch loader
 * dispatches once no lookup is pending and the microtasks that resolve field resolvers have run
 * (a `setImmediate` later), so every key of the request is in the batch.
 *
 * Use `schedule` as DataLoader's `batchScheduleFn`, and `hold` around each lookup batch.
 */
export class LookupGate {
  private pending = 0;
  private waiters: (() => void)[] = [];

  /** DataLoader `batchScheduleFn`: dispatch after the current tick, once nothing is pending. */
  readonly schedule = (dispatch: () => void): void => {
    setImmediate(() => {
      if (this.pending === 0) dispatch();
      else this.waiters.push(dispatch);
    });
  };

  /** Marks a lookup as pending until `release` is called (idempotent). */
  enter(): () => void {
    this.pending += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.pending -= 1;
      if (this.pending > 0) return;
      const waiters = this.waiters;
      this.waiters = [];
      for (const dispatch of waiters) this.schedule(dispatch);
    };
  }

  async hold<T>(work: () => Promise<T>): Promise<T> {
    const release = this.enter();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/**
 * The two gates of one request. `inventory`: Shingsou lookups, which the CMIOT fallback lookup
 * waits for (it collects the ids none of them found). `identity`: every card lookup, both
 * upstreams, which live-data batch loaders wait for.
 */
export interface LookupGates {
  inventory: LookupGate;
  identity: LookupGate;
}

export function createLookupGates(): LookupGates {
  return { inventory: new LookupGate(), identity: new LookupGate() };
}
