import type { UpstreamErrorCode, UpstreamName } from './errors';

/**
 * What the upstream layer reports for the gateway's metrics. An interface of its own, not
 * prom-client's types: the upstream layer knows nothing of the edge that exposes them
 * (`.dependency-cruiser.cjs`), and a tool or test that builds only this layer gets `NO_METRICS`.
 *
 * Every argument is from a bounded set, because each distinct value is a time series: `route` is
 * an id from the operation tables (`shingsou/operations.ts`, CMIOT's endpoint paths), never a
 * URL, which carries card numbers and CMIOT's signature.
 */
export interface UpstreamMetrics {
  /** One HTTP exchange, connect to last body byte: `ok`, or the code it failed with. */
  call(upstream: UpstreamName, route: string, outcome: CallOutcome, seconds: number): void;
  /** A failed try of an idempotent call is about to be sent again (after its back-off). */
  retry(upstream: UpstreamName, route: string): void;
  /** One token request sent to the upstream (not one read of the token cache). */
  tokenFetch(upstream: UpstreamName): void;
  /** A breaker changed state; each breaker also reports `closed` once when it is made. */
  breaker(upstream: UpstreamName, kind: BreakerKind, state: BreakerState): void;
  /** `count` lookups of one cache with one result (the live cache reads keys in batches). */
  cache(cache: CacheName, result: 'hit' | 'miss', count: number): void;
}

export type CallOutcome = 'ok' | UpstreamErrorCode;
export type BreakerState = 'closed' | 'half-open' | 'open';
/** `breakers.ts`'s `CallKind`, spelled out here so that this module imports nothing (no cycle). */
export type BreakerKind = 'read' | 'write' | 'token';
/** `live`: the live-read cache; `reference`: carrier counts; `token`: the upstream token cache. */
export type CacheName = 'live' | 'reference' | 'token';

export const NO_METRICS: UpstreamMetrics = {
  call() {},
  retry() {},
  tokenFetch() {},
  breaker() {},
  cache() {},
};
