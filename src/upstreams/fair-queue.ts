import { signalOf, type RequestFlow } from './request-flow';

/**
 * Fair sharing of an upstream's concurrency between the GraphQL requests waiting for it.
 *
 * Shingsou status, usage and location are single-card endpoints, so one 250-card list queues
 * hundreds of calls; behind a first-come-first-served bound, a single-card lookup that arrives
 * next waits for all of them (bench scenario 4: p99 of 3.6 s). Here each request ("flow") has
 * its own line, and a free slot goes to the lines in turn, so a small request waits for a
 * round, not for a big one. No well-kept library does per-key round robin (p-queue and
 * cockatiel's bulkhead are FIFO), hence this small class.
 *
 * A background flow (`RequestFlow.background`: the fleet sync) waits in lines of its own, served
 * only when no request's line waits: live traffic first, the sync takes what is left.
 */

const BACKGROUND = 'background';

export class FairQueue {
  private running = 0;
  /** Waiting tasks per flow; a Map keeps the flows in the order they started waiting. */
  private readonly lines = new Map<string, (() => void)[]>();
  /** The same, for background flows: served only when `lines` is empty. */
  private readonly backgroundLines = new Map<string, (() => void)[]>();

  /**
   * @param limit tasks running at once.
   * @param aborted the error a waiter gets when its flow's signal aborts while it is in line.
   */
  constructor(
    private readonly limit: number,
    private readonly aborted: () => Error = () => new Error('left the queue: the request was aborted'),
  ) {}

  /**
   * Runs `task` when a slot is free and it is its flow's turn. A waiter whose flow's signal
   * aborts leaves the line at once (the slot it would have had goes to the next one).
   */
  async run<T>(task: () => Promise<T>, requestFlow?: RequestFlow): Promise<T> {
    if (this.running >= this.limit) {
      const flow = requestFlow?.id ?? BACKGROUND;
      const lines = requestFlow?.background ? this.backgroundLines : this.lines;
      const signal = signalOf(requestFlow);
      if (signal?.aborted) throw this.aborted();
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          const line = lines.get(flow);
          const at = line?.indexOf(admit) ?? -1;
          if (line && at >= 0) {
            line.splice(at, 1);
            if (line.length === 0) lines.delete(flow);
          }
          reject(this.aborted());
        };
        const admit = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const line = lines.get(flow);
        if (line) line.push(admit);
        else lines.set(flow, [admit]);
      });
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      this.next();
    }
  }

  /** Hands the freed slot to the first flow in line, then sends that flow to the back. */
  private next(): void {
    const lines = this.lines.size > 0 ? this.lines : this.backgroundLines;
    const first = lines.entries().next();
    if (first.done) {
      this.running -= 1;
      return;
    }
    const [flow, line] = first.value;
    const admit = line.shift() as () => void;
    lines.delete(flow);
    if (line.length > 0) lines.set(flow, line);
    admit();
  }
}
