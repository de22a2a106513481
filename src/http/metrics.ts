import type { Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BreakerState, UpstreamMetrics } from '../upstreams/metrics';

/**
 * The gateway's Prometheus metrics, on one registry made by the composition root (`app.ts`),
 * never prom-client's global one: two gateways in one process (the tests' replicas) keep their
 * counts apart. The upstream layer reports through `UpstreamMetrics`; the GraphQL side through
 * `GraphQLMetrics`, which the request log plugin calls once per request (`request-logging.ts`).
 *
 * Per-request cost: one labelled child per distinct label set, looked up in a Map after its
 * first use (prom-client's own `labels()` sorts and joins the label object on every call).
 */

/** GraphQL operation types, and `unknown` for a request that never parsed. */
export type OperationType = 'query' | 'mutation' | 'subscription' | 'unknown';

/**
 * A request's outcome: `ok`, or the class of its first error's code. Classes, not codes: a code
 * an unknown resolver invents must not become a new series.
 */
export type RequestOutcome = 'ok' | 'upstream' | 'deadline' | 'invalid' | 'refused' | 'auth' | 'not_found' | 'internal';

export interface GraphQLMetrics {
  request(type: OperationType, outcome: RequestOutcome, seconds: number): void;
}

/** GraphQL over WebSocket (`subscriptions/`): what is open now, and what was sent. */
export interface SubscriptionMetrics {
  connectionOpened(): void;
  connectionClosed(): void;
  subscriptionStarted(): void;
  subscriptionEnded(): void;
  /** One event's result sent to one subscriber. */
  eventSent(): void;
}

export const NO_SUBSCRIPTION_METRICS: SubscriptionMetrics = {
  connectionOpened() {},
  connectionClosed() {},
  subscriptionStarted() {},
  subscriptionEnded() {},
  eventSent() {},
};

export interface GatewayMetrics {
  registry: Registry;
  graphql: GraphQLMetrics;
  upstream: UpstreamMetrics;
  subscriptions: SubscriptionMetrics;
}

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** Seconds; a GraphQL request spans one upstream call (tens of ms) to a 250-card page (seconds). */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const UPSTREAM_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(registry: Registry): GatewayMetrics {
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requests = new Counter({
    name: 'simgraph_graphql_requests_total',
    help: 'GraphQL requests answered, by operation type and outcome (ok or the class of the first error code)',
    labelNames: ['operation_type', 'outcome'] as const,
    registers,
  });
  const requestSeconds = new Histogram({
    name: 'simgraph_graphql_request_duration_seconds',
    help: 'GraphQL request duration, from Apollo receiving it to the response being sent',
    labelNames: ['operation_type'] as const,
    buckets: REQUEST_BUCKETS,
    registers,
  });
  const calls = new Counter({
    name: 'simgraph_upstream_requests_total',
    help: 'Upstream HTTP exchanges, retries and token calls included, by route id and outcome (ok or the error code)',
    labelNames: ['upstream', 'route', 'outcome'] as const,
    registers,
  });
  const callSeconds = new Histogram({
    name: 'simgraph_upstream_request_duration_seconds',
    help: 'Upstream HTTP exchange duration, connect to last body byte (queue and budget waits excluded)',
    labelNames: ['upstream', 'route'] as const,
    buckets: UPSTREAM_BUCKETS,
    registers,
  });
  const retries = new Counter({
    name: 'simgraph_upstream_retries_total',
    help: 'Tries of idempotent upstream calls sent again after a failure, by the route of the try that failed',
    labelNames: ['upstream', 'route'] as const,
    registers,
  });
  const tokenFetches = new Counter({
    name: 'simgraph_token_fetches_total',
    help: 'Token requests sent to an upstream by this process',
    labelNames: ['upstream'] as const,
    registers,
  });
  const circuit = new Gauge({
    name: 'simgraph_circuit_state',
    help: 'Upstream circuit breaker state per kind of call: 0 closed, 1 half-open, 2 open',
    labelNames: ['upstream', 'kind'] as const,
    registers,
  });
  const cache = new Counter({
    name: 'simgraph_cache_requests_total',
    help: 'Cache lookups by cache (live, reference, token) and result (hit, miss)',
    labelNames: ['cache', 'result'] as const,
    registers,
  });

  const socketConnections = new Gauge({
    name: 'simgraph_subscription_connections',
    help: 'GraphQL WebSocket connections open now (graphql-ws on /graphql)',
    registers,
  });
  const activeSubscriptions = new Gauge({
    name: 'simgraph_subscriptions_active',
    help: 'Subscriptions running now, over every WebSocket connection',
    registers,
  });
  const eventsSent = new Counter({
    name: 'simgraph_subscription_events_total',
    help: 'Events sent to subscribers (one per event and subscriber)',
    registers,
  });

  const requestChildren = children((type: string, outcome: string) => requests.labels(type, outcome));
  const requestSecondsChildren = children((type: string) => requestSeconds.labels(type));
  const callChildren = children((upstream: string, route: string, outcome: string) => calls.labels(upstream, route, outcome));
  const retryChildren = children((upstream: string, route: string) => retries.labels(upstream, route));
  const callSecondsChildren = children((upstream: string, route: string) => callSeconds.labels(upstream, route));
  const cacheChildren = children((name: string, result: string) => cache.labels(name, result));

  return {
    registry,
    graphql: {
      request(type, outcome, seconds) {
        requestChildren(type, outcome).inc();
        requestSecondsChildren(type).observe(seconds);
      },
    },
    upstream: {
      call(upstream, route, outcome, seconds) {
        callChildren(upstream, route, outcome).inc();
        callSecondsChildren(upstream, route).observe(seconds);
      },
      retry(upstream, route) {
        retryChildren(upstream, route).inc();
      },
      tokenFetch(upstream) {
        tokenFetches.labels(upstream).inc();
      },
      breaker(upstream, kind, state) {
        circuit.labels(upstream, kind).set(BREAKER_VALUE[state]);
      },
      cache(name, result, count) {
        cacheChildren(name, result).inc(count);
      },
    },
    subscriptions: {
      connectionOpened: () => socketConnections.inc(),
      connectionClosed: () => socketConnections.dec(),
      subscriptionStarted: () => activeSubscriptions.inc(),
      subscriptionEnded: () => activeSubscriptions.dec(),
      eventSent: () => eventsSent.inc(),
    },
  };
}

/** `GET /metrics`: the registry in Prometheus's text format. */
export function metricsHandler(registry: Registry) {
  return async (_req: Request, res: Response): Promise<void> => {
    const body = await registry.metrics();
    res.setHeader('content-type', registry.contentType);
    res.end(body);
  };
}

/**
 * Memoises `make` by its label values. Safe because every caller passes values from bounded sets
 * (`UpstreamMetrics`), so the Map is as small as the series it stands for.
 */
function children<A extends string[], C>(make: (...labels: A) => C): (...labels: A) => C {
  const made = new Map<string, C>();
  return (...labels) => {
    const key = labels.join('\u0000');
    let child = made.get(key);
    if (child === undefined) {
      child = make(...labels);
      made.set(key, child);
    }
    return child;
  };
}
