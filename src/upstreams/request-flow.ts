import { setMaxListeners } from 'node:events';

/**
 * What the upstream layer knows of the GraphQL request it is working for. The edge makes one per
 * request (`http/deadline.ts`) and it is passed down explicitly: the request's context binds the
 * upstream clients to it (`Upstreams.forRequest`), each transport hands it to `UpstreamHttp`.
 * Explicit, not an `AsyncLocalStorage`: on Node 20 a store in use taxes every promise of the
 * process (promise hooks), measured at 17 % of a single-card request's CPU and 21 % of a
 * 20-card page's (bench/changes-kept.md). Work with no flow (a token fetch, a shared cache's
 * load) is background work: it is bounded by its own timeouts, and no request's deadline
 * cancels it for the others waiting on it.
 */
export interface RequestFlow {
  /** The request id: the key of this request's line in every fair queue, and of its log lines. */
  readonly id: string;
  /**
   * Aborts at the request's deadline (`REQUEST_TIMEOUT_MS`): every wait for an upstream made on
   * behalf of this request (a queue slot, a token, the HTTP exchange) ends then.
   */
  readonly signal?: AbortSignal | undefined;
  /**
   * Upstream HTTP exchanges made for this request so far, retries included (`http.ts` counts
   * them; the access log reads the total).
   */
  upstreamCalls: number;
  /**
   * Background work that yields to requests (the fleet sync, `src/fleet-sync/`): its calls get a
   * free slot only when no request is waiting for one (`fair-queue.ts`), and a per-second account
   * rate only while a fifth of it stays free for requests (`account-budget.ts`). Default `false`.
   */
  readonly background?: boolean;
}

const raised = new WeakSet<AbortSignal>();

/**
 * The flow's deadline signal; `undefined` for background work. One request may have hundreds of
 * upstream waits on it at once (a 250-card page fans out), each with its own listener: Node's
 * warning at 11 listeners is no leak here, so it is lifted once per signal.
 */
export function signalOf(flow: RequestFlow | undefined): AbortSignal | undefined {
  const signal = flow?.signal;
  if (signal && !raised.has(signal)) {
    setMaxListeners(0, signal);
    raised.add(signal);
  }
  return signal;
}
