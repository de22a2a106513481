import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Fair sharing of an upstream's concurrency between the GraphQL requests waiting for it.
 *
 * Shingsou status, usage and location are single-card endpoints, so one 250-card list queues
 * hundreds of calls; behind a first-come-first-served bound, a single-card lookup that arrives
 * next waits for all of them (bench scenario 4: p99 of 3.6 s). Here each request ("flow") has
 * its own line, and a free slot goes to the lines in turn, so a small request waits for a
 * round, not for a big one. No well-kept library does per-key round robin (p-queue and
 * cockatiel's bulkhead are FIFO), hence this small class.
 */

/** What the upstream layer knows of the GraphQL request it is working for. */
export interface RequestFlow {
  /** The request id: the key of this request's line in every fair queue. */
  id: string;
  /**
   * Aborts at the request's deadline (`REQUEST_TIMEOUT_MS`): every wait for an upstream made on
   * behalf of this request (a queue slot, a token, the HTTP exchange) ends then.
   */
  signal?: AbortSignal | undefined;
}

/** The flow of the current GraphQL request, set by the server around its execution. */
export const requestFlow = new AsyncLocalStorage<RequestFlow>();

const BACKGROUND = 'background';

export class FairQueue {
  private running = 0;
  /** Waiting tasks per flow; a Map keeps the flows in the order they started waiting. */
  private readonly lines = new Map<string, (() => void)[]>();

  constructor(private readonly limit: number) {}

  /** Runs `task` when a slot is free and it is its flow's turn. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      const flow = requestFlow.getStore()?.id ?? BACKGROUND;
      await new Promise<void>((resolve) => {
        const line = this.lines.get(flow);
        if (line) line.push(resolve);
        else this.lines.set(flow, [resolve]);
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
    const first = this.lines.entries().next();
    if (first.done) {
      this.running -= 1;
      return;
    }
    const [flow, line] = first.value;
    const resolve = line.shift() as () => void;
    this.lines.delete(flow);
    if (line.length > 0) this.lines.set(flow, line);
    resolve();
  }
}
