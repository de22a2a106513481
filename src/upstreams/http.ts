import {
  ConsecutiveBreaker,
  ExponentialBackoff,
  BrokenCircuitError,
  circuitBreaker,
  handleWhen,
  retry,
  type IPolicy,
} from 'cockatiel';
import { Agent, request } from 'undici';
import { UpstreamError, type UpstreamName } from './errors';
import { FairQueue } from './fair-queue';
import { RetryAfterBackoff } from './retry-after-backoff';

/**
 * The one way SimGraph talks HTTP to an upstream: a keep-alive pool, a timeout, a bound on
 * requests in flight, retries for idempotent reads only, and a circuit breaker.
 *
 * undici's `request` over a dedicated `Agent` rather than global `fetch`: on Node 20 fetch costs
 * about four times the CPU per call (ARCHITECTURE.md, "Known costs"), and a per-upstream Agent
 * keeps one upstream's slow sockets from starving the other's. Resilience comes from cockatiel
 * (retry with jittered exponential back-off, consecutive-failure breaker) instead of hand-rolled
 * loops; the bound on calls in flight is shared fairly between GraphQL requests (`fair-queue.ts`).
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  /** Absolute URL. Never logged or put into an error: it may carry a signature. */
  url: string;
  headers?: Record<string, string>;
  /** Bytes for multipart uploads (a PKCS#12 certificate is binary, `shingsou.md` §6.4). */
  body?: string | Uint8Array;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export interface UpstreamHttpOptions {
  upstream: UpstreamName;
  /** Whole-request deadline, connect to last body byte. */
  timeoutMs: number;
  /** Requests in flight at once; the rest wait in line. */
  concurrency: number;
  /** Tries for an idempotent call, the first included. Default 3. */
  maxAttempts?: number;
  /** First back-off delay. Default 100 ms, doubling with jitter up to 2 s. */
  backoffMs?: number;
  /**
   * The longest wait before a retry. A `Retry-After` longer than this fails the call at once
   * instead: a GraphQL request should not hang for a minute. Default 2 s.
   */
  maxRetryDelayMs?: number;
  /** Consecutive transport failures that open the breaker. Default 5. */
  breakerThreshold?: number;
  /** How long an open breaker fails fast before it lets one call through. Default 5 s. */
  breakerHalfOpenMs?: number;
}

export class UpstreamHttp {
  private readonly agent: Agent;
  private readonly limiter: FairQueue;
  private readonly breaker: IPolicy;
  private readonly retrying: IPolicy;

  constructor(private readonly options: UpstreamHttpOptions) {
    this.agent = new Agent({ keepAliveTimeout: 10_000, connections: options.concurrency * 2 });
    // Waiting calls are not capped: GraphQL argument limits bound how many one request makes.
    this.limiter = new FairQueue(options.concurrency);
    this.breaker = circuitBreaker(
      handleWhen((error) => error instanceof UpstreamError && isOutage(error)),
      {
        halfOpenAfter: options.breakerHalfOpenMs ?? 5_000,
        breaker: new ConsecutiveBreaker(options.breakerThreshold ?? 5),
      },
    );
    const maxDelayMs = options.maxRetryDelayMs ?? 2_000;
    this.retrying = retry(
      handleWhen((error) => error instanceof UpstreamError && worthRetrying(error, maxDelayMs)),
      {
        maxAttempts: (options.maxAttempts ?? 3) - 1,
        backoff: new RetryAfterBackoff(new ExponentialBackoff({ initialDelay: options.backoffMs ?? 100, maxDelay: maxDelayMs })),
      },
    );
  }

  /**
   * Runs one logical upstream operation. `attempt` is called once per try so that it can build
   * a fresh request each time (a CMIOT transid must never be reused, `cmiot.md` §8.4).
   * Non-idempotent operations get exactly one try, whatever fails.
   */
  async run<T>(idempotent: boolean, attempt: () => Promise<T>): Promise<T> {
    const once = () => this.breaker.execute(attempt);
    try {
      return await (idempotent ? this.retrying.execute(once) : once());
    } catch (error) {
      if (error instanceof BrokenCircuitError) {
        throw new UpstreamError({
          upstream: this.options.upstream,
          code: 'UPSTREAM_UNAVAILABLE',
          message: `${this.options.upstream} is failing; calls are paused for a few seconds`,
        });
      }
      throw error;
    }
  }

  /** One HTTP exchange. Transport failures and 5xx/429 become `UpstreamError`s. */
  send(req: HttpRequest): Promise<HttpResponse> {
    return this.limiter.run(() => this.exchange(req));
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async exchange(req: HttpRequest): Promise<HttpResponse> {
    const { upstream, timeoutMs } = this.options;
    let response;
    try {
      response = await request(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        dispatcher: this.agent,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw this.transportError(error);
    }
    let text: string;
    try {
      text = await response.body.text();
    } catch (error) {
      throw this.transportError(error);
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
      throw this.error('UPSTREAM_UNAVAILABLE', `${upstream} answered HTTP ${status}`, String(status));
    }
    return { status, headers, text };
  }

  private transportError(error: unknown): UpstreamError {
    // Read by duck typing: the DOMException that AbortSignal.timeout() throws is not an
    // `instanceof Error` in every realm (jest's VM contexts among them).
    const name = field(error, 'name') ?? '';
    if (name === 'TimeoutError' || name === 'AbortError' || name.includes('Timeout')) {
      return this.error('UPSTREAM_TIMEOUT', `${this.options.upstream} did not answer within ${this.options.timeoutMs} ms`);
    }
    // The cause's message may quote the URL (and with it a CMIOT signature): keep only its code.
    const code = field(error, 'code');
    return this.error('UPSTREAM_UNAVAILABLE', `${this.options.upstream} could not be reached`, code);
  }

  private error(code: UpstreamError['code'], message: string, upstreamCode?: string): UpstreamError {
    return new UpstreamError({ upstream: this.options.upstream, code, message, upstreamCode });
  }
}

/**
 * A read is sent again after a 5xx, a refused connection or a rate limit whose wait fits.
 * Not after a timeout: the deadline is the caller's whole budget, and a second try would
 * double what a client waits for an upstream that is already slow.
 */
function worthRetrying(error: UpstreamError, maxDelayMs: number): boolean {
  if (error.code === 'UPSTREAM_TIMEOUT' || !error.retryable) return false;
  return (error.retryAfterSeconds ?? 0) * 1000 <= maxDelayMs;
}

/** Only failures that say "the upstream is down" count towards opening the breaker. */
function isOutage(error: UpstreamError): boolean {
  return error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'UPSTREAM_TIMEOUT';
}

function field(value: unknown, key: 'name' | 'code'): string | undefined {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
  const found: unknown = (value as Record<string, unknown>)[key];
  return found === undefined || found === null ? undefined : String(found);
}
