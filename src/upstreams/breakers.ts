import { BrokenCircuitError, CircuitState, SamplingBreaker, circuitBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import type { Logger } from 'pino';
import { UpstreamError, type UpstreamName } from './errors';
import { NO_METRICS, type BreakerState, type UpstreamMetrics } from './metrics';

/**
 * Circuit breakers that open for outages, not for noise (issue 9 item 7): one per upstream and
 * kind of call, each opening on a failure *rate* over a window with a minimum throughput
 * (cockatiel's `SamplingBreaker`). A consecutive-failure breaker turned 10 % injected 5xx into
 * an outage (28 % of GraphQL requests failed); reads then retry the noise away instead.
 *
 * Token calls have a breaker of their own: a passive token refresh made inside a half-open
 * trial call must never go through, or wait on, that trial (the deadlock of issue 9 item 2).
 * And no call ever waits on a trial: while one runs, the others fail at once as if the breaker
 * were open (cockatiel would have them await the trial).
 */
export type CallKind = 'read' | 'write' | 'token';

export interface BreakerOptions {
  /** Failure ratio over the window that opens it. Default 0.5. */
  threshold?: number;
  /** The sampling window. Default 10 s. */
  windowMs?: number;
  /** How long an open breaker fails fast before it lets one trial call through. Default 5 s. */
  halfOpenAfterMs?: number;
}

/** cockatiel's states as the metrics name them; `Isolated` (never used here) reads as open. */
const STATES: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Open]: 'open',
  [CircuitState.Isolated]: 'open',
};

/** Calls per second a kind must reach inside the window before its breaker may open. */
const MINIMUM_RPS: Record<CallKind, number> = { read: 2, write: 0.5, token: 0.3 };

export class Breakers {
  private readonly policies: Record<CallKind, CircuitBreakerPolicy>;

  constructor(
    private readonly upstream: UpstreamName,
    log: Logger,
    options: BreakerOptions = {},
    metrics: UpstreamMetrics = NO_METRICS,
  ) {
    const make = (kind: CallKind) => {
      const policy = circuitBreaker(
        handleWhen((error) => error instanceof UpstreamError && isOutage(error)),
        {
          halfOpenAfter: options.halfOpenAfterMs ?? 5_000,
          breaker: new SamplingBreaker({ threshold: options.threshold ?? 0.5, duration: options.windowMs ?? 10_000, minimumRps: MINIMUM_RPS[kind] }),
        },
      );
      metrics.breaker(upstream, kind, 'closed');
      policy.onStateChange((state) => {
        metrics.breaker(upstream, kind, STATES[state]);
        const line = { upstream, calls: kind, breaker: CircuitState[state] };
        if (state === CircuitState.Closed) log.info(line, 'upstream breaker closed: calls flow again');
        else log.warn(line, state === CircuitState.Open ? 'upstream breaker open: calls fail fast' : 'upstream breaker half-open: one trial call');
      });
      return policy;
    };
    this.policies = { read: make('read'), write: make('write'), token: make('token') };
  }

  /** Runs `attempt` through `kind`'s breaker; an open (or trying) breaker is UPSTREAM_UNAVAILABLE. */
  async execute<T>(kind: CallKind, attempt: () => Promise<T>): Promise<T> {
    const policy = this.policies[kind];
    if (policy.state === CircuitState.HalfOpen) throw this.paused();
    try {
      return await policy.execute(attempt);
    } catch (error) {
      if (error instanceof BrokenCircuitError) throw this.paused();
      throw error;
    }
  }

  /** `shingsou:read`, ... for each breaker open or half-open now; no I/O. */
  open(): string[] {
    return (Object.keys(this.policies) as CallKind[])
      .filter((kind) => this.policies[kind].state === CircuitState.Open || this.policies[kind].state === CircuitState.HalfOpen)
      .map((kind) => `${this.upstream}:${kind}`);
  }

  /** Nothing was sent: a client may safely try again later. */
  private paused(): UpstreamError {
    const error = new UpstreamError({
      upstream: this.upstream,
      code: 'UPSTREAM_UNAVAILABLE',
      message: `${this.upstream} is failing; calls are paused for a few seconds`,
    });
    paused.add(error);
    return error;
  }
}

/**
 * Only failures that say "the upstream is down" count: a 5xx, a refused or reset connection,
 * the upstream's own timeout. Not the request's deadline, not a budget wait, not a 4xx.
 */
function isOutage(error: UpstreamError): boolean {
  return error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'UPSTREAM_TIMEOUT';
}

/** Errors of a breaker that refused a call: nothing was sent, and retrying now is pointless. */
const paused = new WeakSet<UpstreamError>();

export function pausedByBreaker(error: UpstreamError): boolean {
  return paused.has(error);
}
