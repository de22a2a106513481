import type { UpstreamName } from './errors';
import { untilAborted } from './flow-wait';
import { signalOf, type RequestFlow } from './request-flow';

/**
 * One value loaded on demand and kept for `ttlMs`: reference data (the recharge catalogue, the
 * card taxonomy) that a console changes rarely. Concurrent misses share one load; a failed load
 * is not kept, so the next caller tries again.
 *
 * The shared load is background work, with no request's flow (as `TokenCache.fetchOnce`): the
 * first caller's deadline would otherwise abort it for every caller waiting on it. Each caller
 * waits only until its own deadline (DEADLINE_EXCEEDED); the load goes on, bounded by the
 * upstream's own timeout.
 */
export class TtlValue<T> {
  private entry: { expiresAt: number; value: Promise<T> } | undefined;

  constructor(
    private readonly load: () => Promise<T>,
    private readonly ttlMs: number,
    /** The upstream the load reads, named in a waiter's DEADLINE_EXCEEDED. */
    private readonly upstream: UpstreamName,
  ) {}

  /** The value; `flow`'s deadline ends this caller's wait (DEADLINE_EXCEEDED), not the load. */
  get(flow?: RequestFlow): Promise<T> {
    const now = Date.now();
    let entry = this.entry;
    if (!entry || entry.expiresAt <= now) {
      const value = this.load();
      const loading = { expiresAt: now + this.ttlMs, value };
      entry = loading;
      this.entry = loading;
      value.catch(() => {
        if (this.entry === loading) this.entry = undefined;
      });
    }
    return untilAborted(entry.value, signalOf(flow), this.upstream, `waiting for ${this.upstream} reference data`);
  }
}
