import { ExponentialBackoff, handleWhen, retry } from 'cockatiel';
import pino, { type Logger } from 'pino';
import { Agent, request } from 'undici';
import { createAccountBudget, type AccountBudget } from './account-budget';
import { Breakers, pausedByBreaker, type BreakerOptions, type CallKind } from './breakers';
import { outcomeUnknown, UpstreamError, type UpstreamErrorCode, type UpstreamName } from './errors';
import { FairQueue } from './fair-queue';
import { deadlineExceeded, raceAbort } from './flow-wait';
import { signalOf, type RequestFlow } from './request-flow';
import { NO_METRICS, type CallOutcome, type UpstreamMetrics } from './metrics';
import type { RedisConnection } from './redis';
import { RetryAfterBackoff } from './retry-after-backoff';

export type { CallKind } from './breakers';

/**
 * The one way SimGraph talks HTTP to an upstream: a keep-alive pool, a timeout, a capped body,
 * a fair bound on requests in flight per process, the account's budget shared across replicas,
 * retries for idempotent calls only, and failure-rate breakers per kind of call.
 *
 * undici's `request` over a dedicated `Agent` rather than global `fetch`: on Node 20 fetch costs
 * about four times the CPU per call (ARCHITECTURE.md, "Known costs"), and a per-upstream Agent
 * keeps one upstream's slow sockets from starving the other's.
 *
 * Every wait ends at the GraphQL request's deadline (its flow's signal, `request-flow.ts`): the
 * queue slot, the budget, the back-off between tries and the exchange itself. A call without a
 * flow is background work (a token fetch): its own timeouts bound it.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Absolute URL. Never logged or put into an error: it may carry a signature. */
  url: string;
  /**
   * The operation's id in its upstream's table (`flowcard-status`, `v5/query/sim-status`,
   * `token`): the metrics' `route` label, one series per operation whatever the URL holds.
   */
  route: string;
  headers?: Record<string, string>;
  /** Bytes for multipart uploads (a PKCS#12 certificate is binary, `shingsou.md` §6.4). */
  body?: string | Uint8Array;
  /** This exchange's own deadline; default the upstream's `timeoutMs`. Token calls use `tokenTimeoutMs`. */
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface UpstreamHttpOptions {
  upstream: UpstreamName;
  /** Whole-exchange deadline, connect to last body byte. */
  timeoutMs: number;
  /** Deadline of a token call. Default the smaller of `timeoutMs` and 5 s. */
  tokenTimeoutMs?: number;
  /** Requests in flight at once in this process; the rest wait in line, fairly per request. */
  concurrency: number;
  /** The account the budget is kept for (client id, appid); never a secret. Default the upstream. */
  account?: string;
  /** Calls in flight for the whole account, across replicas. Default `concurrency`. */
  maxInFlight?: number;
  /** Calls started per second for the whole account, across replicas; 0 = no bound. Default 0. */
  callsPerSecond?: number;
  /** Shares the account budget across replicas when set. */
  redis?: RedisConnection | undefined;
  /** An answer larger than this is UPSTREAM_BAD_RESPONSE, read no further. Default 4 MiB. */
  maxBodyBytes?: number;
  /** Tries for an idempotent call, the first included. Default 3. */
  maxAttempts?: number;
  /** First back-off delay. Default 100 ms, doubling with jitter up to `maxRetryDelayMs`. */
  backoffMs?: number;
  /**
   * The longest wait before a retry. A `Retry-After` longer than this fails the call at once
   * instead: a GraphQL request should not hang for a minute. Default 2 s.
   */
  maxRetryDelayMs?: number;
  breaker?: BreakerOptions;
  /** Breaker transitions; silent by default. Never URLs, tokens or signatures. */
  log?: Logger;
  /** Each exchange and breaker transition is reported here. Default `NO_METRICS`. */
  metrics?: UpstreamMetrics;
}

/** Transport failures that prove the request never left: nothing to be unsure about. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** Failures after which the upstream may have acted: a write's outcome is then unknown. */
const mayHaveLeft = new WeakSet<UpstreamError>();

/**
 * Token-call failures that may have issued a token: neither the token call nor the read that
 * waited for its token sends it again (a second token overwrites the first, 覆盖,
 * `shingsou.md` §2.1; one active token per appid, `cmiot.md` §3.2).
 */
const mayHaveIssuedToken = new WeakSet<UpstreamError>();

/** The route id of the exchange an error came from, for the retry log line (a URL never is). */
const failedRoute = new WeakMap<object, string>();

export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

export class UpstreamHttp {
  readonly tokenTimeoutMs: number;
  private readonly agent: Agent;
  private readonly limiter: FairQueue;
  private readonly budget: AccountBudget;
  private readonly breakers: Breakers;
  private readonly maxBodyBytes: number;
  private readonly metrics: UpstreamMetrics;
  private readonly log: Logger;

  constructor(private readonly options: UpstreamHttpOptions) {
    const { upstream } = options;
    this.tokenTimeoutMs = options.tokenTimeoutMs ?? Math.min(options.timeoutMs, 5_000);
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.metrics = options.metrics ?? NO_METRICS;
    const maxInFlight = options.maxInFlight ?? options.concurrency;
    const perProcess = Math.min(options.concurrency, maxInFlight);
    this.agent = new Agent({
      keepAliveTimeout: 10_000,
      connections: perProcess * 2,
      connect: { timeout: Math.max(options.timeoutMs, this.tokenTimeoutMs) },
      maxResponseSize: this.maxBodyBytes,
    });
    // Waiting calls are not capped: GraphQL argument limits bound how many one request makes.
    this.limiter = new FairQueue(perProcess, () => deadlineExceeded(upstream, `waiting for a free ${upstream} connection`));
    this.budget = createAccountBudget({
      upstream,
      account: options.account ?? upstream,
      maxInFlight,
      callsPerSecond: options.callsPerSecond ?? 0,
      redis: options.redis,
      leaseMs: Math.max(options.timeoutMs, this.tokenTimeoutMs) + 5_000,
    });
    this.log = options.log ?? pino({ level: 'silent' });
    this.breakers = new Breakers(upstream, this.log, options.breaker, this.metrics);
  }

  /**
   * Runs one logical upstream operation. `attempt` is called once per try so that it can build
   * a fresh request each time (a CMIOT transid must never be reused, `cmiot.md` §8.4).
   *
   * - `idempotent`: retried after a 5xx, a refused connection or a short rate limit. Otherwise
   *   exactly one try, whatever fails. A `token` call is retried only when its request never
   *   left (a refused connection, a rate limit answered before the token endpoint).
   * - `kind`: which breaker counts it (default `read` when idempotent, else `write`); token
   *   calls pass `token` and so never meet the data breakers.
   * - A `write` that timed out, hit the request's deadline in flight, lost its connection after
   *   the request may have left, or was answered with a 5xx is UPSTREAM_OUTCOME_UNKNOWN
   *   (`isOutcomeUnknown`): retryable only when idempotent (keyed), otherwise never
   *   retryable: the upstream may have acted. A refused connection or an open breaker is
   *   UPSTREAM_UNAVAILABLE: provably nothing was sent.
   * - `flow`: the GraphQL request the call is made for; its deadline ends the back-off between
   *   tries. `attempt` passes the same flow to `send`.
   */
  async run<T>(idempotent: boolean, attempt: () => Promise<T>, kind: CallKind = idempotent ? 'read' : 'write', flow?: RequestFlow): Promise<T> {
    const once = () => this.breakers.execute(kind, attempt);
    try {
      return await (idempotent ? this.retrying(once, kind, flow) : once());
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      // A token call that failed says nothing about the write waiting for that token: the
      // write was not sent (or was answered 401/12021, i.e. not done).
      if (kind === 'token' && mayHaveLeft.delete(error)) mayHaveIssuedToken.add(error);
      // A keyed write (idempotent) may be sent again with its key, which the schema layer
      // puts into the error; an unkeyed one never.
      if (kind === 'write' && mayHaveLeft.has(error)) throw outcomeUnknown(error, idempotent);
      throw error;
    }
  }

  /** One HTTP exchange. Transport failures and 5xx/429 become `UpstreamError`s. */
  send(req: HttpRequest, flow?: RequestFlow): Promise<HttpResponse> {
    return this.limiter.run(async () => {
      const release = await this.budget.acquire(signalOf(flow), flow?.background);
      try {
        return await this.measured(req, flow);
      } finally {
        release();
      }
    }, flow);
  }

  /**
   * The exchange, counted for the request it is made for (the access log's `upstreamCalls`;
   * token fetches run outside any request's flow, `tokens.ts`, so they count for none) and timed
   * for the metrics. Only the exchange: the wait for a slot or the budget is not the upstream's.
   */
  private async measured(req: HttpRequest, flow: RequestFlow | undefined): Promise<HttpResponse> {
    if (flow) flow.upstreamCalls += 1;
    const started = performance.now();
    let outcome: CallOutcome = 'ok';
    try {
      return await this.exchange(req, signalOf(flow));
    } catch (error) {
      outcome = error instanceof UpstreamError ? error.code : 'UPSTREAM_UNAVAILABLE';
      if (typeof error === 'object' && error !== null) failedRoute.set(error, req.route);
      throw error;
    } finally {
      this.metrics.call(this.options.upstream, req.route, outcome, (performance.now() - started) / 1000);
    }
  }

  /** `shingsou:read`, ... for each breaker open or half-open now; no I/O. */
  openBreakers(): string[] {
    return this.breakers.open();
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /**
   * cockatiel's retry with the Retry-After back-off (`shingsou.md` §8.7). Its back-off delay
   * (3.2.1) does not end when the signal aborts, so the request's deadline is raced here, but
   * only while backing off: a try in flight ends by its own signal with its own error (a write
   * sent and not answered must stay distinguishable from one never sent). A try that would
   * start after the deadline is not started.
   */
  private async retrying<T>(once: () => Promise<T>, kind: CallKind, flow: RequestFlow | undefined): Promise<T> {
    const { upstream } = this.options;
    const maxDelayMs = this.options.maxRetryDelayMs ?? 2_000;
    const signal = signalOf(flow);
    // One policy per operation: its onRetry tells this operation's back-off from another's.
    const policy = retry(
      // A token call that may have reached the upstream is never sent again: it may have
      // issued a token, and a second one overwrites it (覆盖, `shingsou.md` §2.1; one active
      // token per appid, `cmiot.md` §3.2). Only a call that provably never left is resent.
      handleWhen(
        (error) => error instanceof UpstreamError && worthRetrying(error, maxDelayMs) && !mayHaveIssuedToken.has(error) && !(kind === 'token' && mayHaveLeft.has(error)),
      ),
      {
        maxAttempts: (this.options.maxAttempts ?? 3) - 1,
        backoff: new RetryAfterBackoff(new ExponentialBackoff({ initialDelay: this.options.backoffMs ?? 100, maxDelay: maxDelayMs })),
      },
    );
    let backingOff = false;
    policy.onRetry((event) => {
      backingOff = true;
      // One line and one count per retry: the try that failed, and how long until the next.
      const error = 'error' in event ? event.error : undefined;
      const route = (typeof error === 'object' && error !== null && failedRoute.get(error)) || 'unknown';
      this.metrics.retry(upstream, route);
      this.log.info(
        {
          requestId: flow?.id,
          upstream,
          route,
          kind,
          failedTry: event.attempt,
          code: error instanceof UpstreamError ? error.code : undefined,
          delayMs: Math.round(event.delay),
        },
        'upstream call failed: retrying',
      );
    });
    // A keyed write that may have reached the upstream on any try stays "may have acted" even
    // when a later try, or the back-off before it, fails in a way that sent nothing.
    let anyMayHaveLeft = false;
    const running = policy
      .execute(async () => {
        backingOff = false;
        if (signal?.aborted) throw deadlineExceeded(upstream, `waiting to retry a ${upstream} call`);
        try {
          return await once();
        } catch (error) {
          if (error instanceof UpstreamError && mayHaveLeft.has(error)) anyMayHaveLeft = true;
          throw error;
        }
      }, signal)
      .catch((error: unknown) => {
        if (error instanceof UpstreamError && anyMayHaveLeft) mayHaveLeft.add(error);
        throw error;
      });
    if (!signal) return running;
    // Only a deadline during the back-off ends the wait here; one during a try ends that try's
    // exchange, which fails by itself.
    return raceAbort(running, signal, () => {
      if (!backingOff) return undefined;
      const failure = deadlineExceeded(upstream, `waiting to retry a ${upstream} call`);
      if (anyMayHaveLeft) mayHaveLeft.add(failure);
      return failure;
    });
  }

  /**
   * One exchange. Its waits are bounded by undici's own per-request timers (connect, then
   * `headersTimeout` from the request sent, then `bodyTimeout` between body chunks, each
   * `timeoutMs`), and by the request's deadline through the flow's one signal. No AbortSignal of
   * its own: `AbortSignal.timeout` plus `AbortSignal.any` per call were 5 % of a single-card
   * request's CPU on Node 20 (bench/changes-kept.md). The body cap is undici's `maxResponseSize`
   * on the Agent, which refuses a declared length over it and stops reading past it.
   */
  private async exchange(req: HttpRequest, flow: AbortSignal | undefined): Promise<HttpResponse> {
    const { upstream } = this.options;
    const timeoutMs = req.timeoutMs ?? this.options.timeoutMs;
    let response;
    let text: string;
    try {
      response = await request(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        dispatcher: this.agent,
        signal: flow,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      text = await response.body.text();
    } catch (error) {
      if (field(error, 'code') === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') {
        throw this.error('UPSTREAM_BAD_RESPONSE', `${upstream} answered more than ${this.maxBodyBytes} bytes; not read`);
      }
      throw this.transportError(error, flow, timeoutMs);
    }
    const { statusCode: status, headers } = response;
    if (status === 429) {
      const retryAfter = Number(headers['retry-after']);
      throw new UpstreamError({
        upstream,
        code: 'UPSTREAM_RATE_LIMITED',
        message: `${upstream} is rate limiting the gateway`,
        upstreamCode: '429',
        retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : undefined,
      });
    }
    if (status >= 500) {
      const failure = this.error('UPSTREAM_UNAVAILABLE', `${upstream} answered HTTP ${status}`, String(status));
      // A 5xx may come from the API gateway (APIM) after the backend acted (a 504 while it was
      // still working): a write answered so may have been applied.
      mayHaveLeft.add(failure);
      throw failure;
    }
    return { status, headers, text };
  }

  private transportError(error: unknown, flow: AbortSignal | undefined, timeoutMs: number): UpstreamError {
    const { upstream } = this.options;
    // Read by duck typing: the DOMException that AbortSignal.timeout() throws is not an
    // `instanceof Error` in every realm (jest's VM contexts among them).
    const name = field(error, 'name') ?? '';
    const code = field(error, 'code');
    let failure: UpstreamError;
    if (flow?.aborted) {
      failure = deadlineExceeded(upstream, `waiting for ${upstream} to answer`);
    } else if (name === 'TimeoutError' || name === 'AbortError' || name.includes('Timeout')) {
      failure = this.error('UPSTREAM_TIMEOUT', `${upstream} did not answer within ${timeoutMs} ms`);
    } else {
      // The cause's message may quote the URL (and with it a CMIOT signature): keep only its code.
      failure = this.error('UPSTREAM_UNAVAILABLE', `${upstream} could not be reached`, code);
    }
    if (code === undefined || !NOT_SENT.has(code)) mayHaveLeft.add(failure);
    return failure;
  }

  private error(code: UpstreamErrorCode, message: string, upstreamCode?: string): UpstreamError {
    return new UpstreamError({ upstream: this.options.upstream, code, message, upstreamCode });
  }
}

/**
 * A read is sent again after a 5xx, a refused connection or a rate limit whose wait fits.
 * Not after a timeout: the deadline is the caller's whole budget, and a second try would
 * double what a client waits for an upstream that is already slow. Not when a breaker refused
 * it: nothing changes in a back-off's time.
 */
function worthRetrying(error: UpstreamError, maxDelayMs: number): boolean {
  if (error.code === 'UPSTREAM_TIMEOUT' || !error.retryable || pausedByBreaker(error)) return false;
  return (error.retryAfterSeconds ?? 0) * 1000 <= maxDelayMs;
}

function field(value: unknown, key: 'name' | 'code'): string | undefined {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
  const found: unknown = (value as Record<string, unknown>)[key];
  return found === undefined || found === null ? undefined : String(found);
}
