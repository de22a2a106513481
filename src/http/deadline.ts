import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { RequestFlow } from '../upstreams/request-flow';

/** The safety net's answer: GraphQL-shaped, with no `data` (see `requestDeadline`). */
export const DEADLINE_EXCEEDED_BODY = (timeoutMs: number) => ({
  errors: [
    {
      message: `The request did not complete within its deadline of ${timeoutMs} ms`,
      extensions: { code: 'DEADLINE_EXCEEDED' },
    },
  ],
});

export interface DeadlineOptions {
  /** `REQUEST_TIMEOUT_MS`. */
  timeoutMs: number;
  /**
   * How long after the deadline the safety net waits for the GraphQL response before answering
   * itself. Fields still waiting fail with DEADLINE_EXCEEDED at the deadline and the response
   * normally follows within milliseconds; the grace leaves room for that. Default 1000.
   */
  graceMs?: number;
  log: Logger;
}

/** Starts one request's deadline and hands its flow (`flow.id` is its request id) to `handle`. */
export type WithDeadline = (req: IncomingMessage, res: ServerResponse, handle: (flow: RequestFlow) => void) => void;

/**
 * The whole-request deadline (issue 9 item 1). Each request gets its flow (`request-flow.ts`),
 * with the request id and a signal that aborts at the deadline: every upstream wait made for it (a
 * queue slot, a token, the HTTP exchange) ends then with DEADLINE_EXCEEDED, so those fields fail
 * with a coded error and the rest of the response arrives.
 *
 * The safety net: if no response has started by the deadline plus the grace (a wait that did not
 * honour the signal), the edge answers 504 with a GraphQL-shaped DEADLINE_EXCEEDED error, so a
 * request always answers. 504, not 200: there is no `data` at all, which GraphQL-over-HTTP treats
 * as a request error (non-2xx with `application/graphql-response+json`), and 504 is what a load
 * balancer, a retrying client and a dashboard all read as "the gateway timed out".
 *
 * One timer per request, cleared when the response ends: no per-field work. Plain `node:http`
 * types, no framework: it sits on the hot path of every GraphQL request.
 */
export function requestDeadline(options: DeadlineOptions): WithDeadline {
  const { timeoutMs, log } = options;
  const graceMs = options.graceMs ?? 1000;
  const body = JSON.stringify(DEADLINE_EXCEEDED_BODY(timeoutMs));
  return (req, res, handle) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && header.length > 0 && header.length <= 128 ? header : randomUUID();
    // Echoed so a client can quote it; the logs of this request carry the same id.
    res.setHeader('x-request-id', requestId);
    const flow = new DeadlineFlow(requestId);
    let timer = setTimeout(() => {
      flow.expire();
      timer = setTimeout(() => {
        if (res.headersSent) return;
        log.warn({ requestId, timeoutMs }, 'deadline passed with no response: answered 504 DEADLINE_EXCEEDED');
        res.writeHead(504, { 'content-type': 'application/json; charset=utf-8' }).end(body);
      }, graceMs);
      timer.unref();
    }, timeoutMs);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    handle(flow);
  };
}

/**
 * A flow with a deadline `timeoutMs` from now, for GraphQL work that is no HTTP request: a
 * subscription's start and each of its events (`subscriptions/`), whose live fields must neither
 * wait past a request's deadline nor share one request's for hours. `end()` clears its timer.
 */
export function timedFlow(id: string, timeoutMs: number): { flow: RequestFlow; end(): void } {
  const flow = new DeadlineFlow(id);
  const timer = setTimeout(() => flow.expire(), timeoutMs);
  timer.unref();
  return { flow, end: () => clearTimeout(timer) };
}

/**
 * A request's flow whose deadline signal is made on first use: a request that never waits for
 * an upstream (`{ __typename }`, a refusal, a parse error) needs no AbortController, which was
 * 2 % of such a request's CPU (bench/changes-kept.md). A signal first asked for after the
 * deadline is born aborted.
 */
class DeadlineFlow implements RequestFlow {
  upstreamCalls = 0;
  private controller: AbortController | undefined;

  private expired = false;

  constructor(readonly id: string) {}

  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.expired) this.controller.abort();
    }
    return this.controller.signal;
  }

  expire(): void {
    this.expired = true;
    this.controller?.abort();
  }
}
