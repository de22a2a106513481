import { beforeAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { useHarness } from '../support/gateway';

/**
 * `GET /metrics` and the access log after a few requests over real HTTP: one that succeeds (twice,
 * so the live cache has a miss and then a hit), one that fails on injected upstream 5xx, one that
 * does not parse. Counts only; timings vary.
 */

const lines: Record<string, unknown>[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });

const harness = useHarness({ log, upstreams: { log } }, { resetStats: false });

const PAGE = `query Page($first: Int!) { cards(first: $first) { edges { node { iccid status(maxAge: 60) { state } } } } }`;
const LIVE = `query LiveStatus { cards(first: 5) { edges { node { iccid status { state } } } } }`;
/** A value that must never reach a log line. */
const SECRET_VARIABLE = 7;
/** Every route a live status read of either carrier may take. */
const STATUS_ROUTES = { shingsou: ['flowcard-status'], cmiot: ['v5/query/sim-status', 'v5/query/sim-card-info/batch'] } as const;

let metrics = '';
const requestIds: string[] = [];

beforeAll(async () => {
  for (const id of ['metrics-ok-1', 'metrics-ok-2']) {
    const response = await harness().post({ query: PAGE, variables: { first: SECRET_VARIABLE } }, { 'x-request-id': id });
    expect(response.status).toBe(200);
    requestIds.push(id);
  }
  const failing = (rate: number) =>
    Promise.all(
      (['shingsou', 'cmiot'] as const).map((upstream) =>
        harness().knobs(upstream, { errorRate: Object.fromEntries(STATUS_ROUTES[upstream].map((route) => [route, rate])) }),
      ),
    );
  await failing(1);
  try {
    const response = await harness().post({ query: LIVE }, { 'x-request-id': 'metrics-upstream-error' });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toMatch(/^UPSTREAM_/);
    requestIds.push('metrics-upstream-error');
  } finally {
    await failing(0);
  }
  const invalid = await harness().post({ query: '{ cards(' }, { 'x-request-id': 'metrics-parse-error' });
  expect(invalid.status).toBe(400);
  requestIds.push('metrics-parse-error');

  const response = await fetch(new URL('/metrics', harness().gateway.url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  metrics = await response.text();
});

/** The sum of a metric's samples whose labels include `labels`. */
function sum(name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  let seen = false;
  for (const line of metrics.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) {
      total += Number(match[3]);
      seen = true;
    }
  }
  if (!seen) throw new Error(`no sample of ${name} ${JSON.stringify(labels)} in /metrics`);
  return total;
}

describe('GET /metrics', () => {
  it('counts GraphQL requests by operation type and outcome, and times them', () => {
    expect(sum('simgraph_graphql_requests_total', { operation_type: 'query', outcome: 'ok' })).toBe(2);
    expect(sum('simgraph_graphql_requests_total', { operation_type: 'query', outcome: 'upstream' })).toBe(1);
    expect(sum('simgraph_graphql_requests_total', { operation_type: 'unknown', outcome: 'invalid' })).toBe(1);
    expect(sum('simgraph_graphql_request_duration_seconds_count')).toBe(4);
  });

  it('counts and times upstream exchanges by route id and outcome, never by URL', () => {
    expect(sum('simgraph_upstream_requests_total', { upstream: 'shingsou', route: 'flowcard-get', outcome: 'ok' })).toBeGreaterThan(0);
    expect(sum('simgraph_upstream_requests_total', { outcome: 'UPSTREAM_UNAVAILABLE' })).toBeGreaterThan(0);
    expect(sum('simgraph_upstream_request_duration_seconds_count', { upstream: 'shingsou', route: 'flowcard-get' })).toBeGreaterThan(0);
    expect(metrics).not.toMatch(/route="[^"]*(?:\/\/|\?|=)/);
  });

  it('counts the retries of failed idempotent reads by the route that failed', () => {
    const retried = (upstream: 'shingsou' | 'cmiot') =>
      STATUS_ROUTES[upstream].reduce((total, route) => total + sumOrZero('simgraph_upstream_retries_total', { upstream, route }), 0);
    expect(retried('shingsou') + retried('cmiot')).toBeGreaterThan(0);
  });

  it('counts token fetches, cache hits and misses, and reports each breaker', () => {
    expect(sum('simgraph_token_fetches_total', { upstream: 'shingsou' })).toBeGreaterThan(0);
    expect(sum('simgraph_cache_requests_total', { cache: 'live', result: 'miss' })).toBeGreaterThan(0);
    expect(sum('simgraph_cache_requests_total', { cache: 'live', result: 'hit' })).toBeGreaterThan(0);
    expect(sum('simgraph_cache_requests_total', { cache: 'token', result: 'hit' })).toBeGreaterThan(0);
    expect(sum('simgraph_cache_requests_total', { cache: 'token', result: 'miss' })).toBeGreaterThan(0);
    for (const upstream of ['shingsou', 'cmiot']) {
      for (const kind of ['read', 'write', 'token']) {
        // 0 closed, 1 half-open, 2 open: the failing request above may have opened a read breaker.
        expect([0, 1, 2]).toContain(sum('simgraph_circuit_state', { upstream, kind }));
      }
    }
  });

  it('has the process defaults', () => {
    expect(sum('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sum('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });
});

/** Like `sum`, but a metric with no sample of these labels counts 0 (a route the run never retried). */
function sumOrZero(name: string, labels: Record<string, string>): number {
  try {
    return sum(name, labels);
  } catch {
    return 0;
  }
}

describe('the access log', () => {
  const access = () => lines.filter((line) => line['msg'] === 'graphql request');

  it('writes one line per GraphQL request, with its request id', () => {
    expect(access().map((line) => line['requestId'])).toEqual(requestIds);
  });

  it('names the operation, the caller, the status, the error codes and the upstream calls', () => {
    const [ok, again, failed, invalid] = access();
    expect(ok).toMatchObject({ level: 30, operationName: 'Page', operationType: 'query', caller: expect.any(String), status: 200, errorCodes: [] });
    expect(ok?.['durationMs']).toEqual(expect.any(Number));
    expect(ok?.['upstreamCalls']).toBeGreaterThan(0);
    // The second page's statuses come from the live cache: fewer exchanges than the first.
    expect(again?.['upstreamCalls']).toBeLessThan(ok?.['upstreamCalls'] as number);
    expect(failed).toMatchObject({ operationName: 'LiveStatus', operationType: 'query', status: 200, errorCodes: ['UPSTREAM_UNAVAILABLE'] });
    expect(failed?.['upstreamCalls']).toBeGreaterThan(0);
    expect(invalid).toMatchObject({ operationName: null, operationType: 'unknown', status: 400, errorCodes: ['GRAPHQL_PARSE_FAILED'], upstreamCalls: 0 });
  });

  it('logs each retry once, with the request id, the route and the code, and each token fetch without the token', () => {
    const retries = lines.filter((line) => line['msg'] === 'upstream call failed: retrying');
    expect(retries.length).toBeGreaterThan(0);
    for (const retry of retries) {
      expect(retry).toMatchObject({ requestId: 'metrics-upstream-error', code: 'UPSTREAM_UNAVAILABLE', delayMs: expect.any(Number) });
      expect([...STATUS_ROUTES.shingsou, ...STATUS_ROUTES.cmiot]).toContain(retry['route']);
    }
    const fetched = lines.filter((line) => line['msg'] === 'upstream token fetched');
    expect(fetched.map((line) => line['upstream']).sort()).toEqual(['cmiot', 'shingsou']);
    for (const line of fetched) {
      expect(line).toMatchObject({ reason: 'cold', ttlSeconds: expect.any(Number) });
      expect(Object.keys(line)).not.toContain('value');
      expect(JSON.stringify(line)).not.toMatch(/token"\s*:/i);
    }
  });

  it('never writes variables, headers or query text', () => {
    for (const line of access()) {
      for (const key of ['variables', 'query', 'headers', 'req', 'body']) expect(line).not.toHaveProperty(key);
    }
    const text = JSON.stringify(lines);
    for (const forbidden of ['cards(', 'maxAge', `"first":${SECRET_VARIABLE}`]) expect(text).not.toContain(forbidden);
  });
});

describe('METRICS=off', () => {
  // The same simulators: a getter, since the first harness exists only once its beforeAll has run.
  const off = useHarness({ env: { METRICS: 'off' }, shareSimulatorsWith: { get simulators() { return harness().simulators; } } }, { resetStats: false });

  it('serves no /metrics and still answers GraphQL', async () => {
    expect((await fetch(new URL('/metrics', off().gateway.url))).status).toBe(404);
    expect((await off().gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

describe('with API keys', () => {
  const KEY = 'metrics-test-key-0123456789';
  const keyed = useHarness(
    { env: { API_KEYS: `${KEY}=iot.cardservice.all` }, log, shareSimulatorsWith: { get simulators() { return harness().simulators; } } },
    { resetStats: false },
  );

  it('logs the caller id, never the key, and a refusal for a request without one', async () => {
    const before = lines.length;
    expect((await keyed().post({ query: '{ __typename }' }, { 'x-api-key': KEY, 'x-request-id': 'metrics-keyed' })).status).toBe(200);
    expect((await keyed().post({ query: '{ __typename }' }, { 'x-request-id': 'metrics-keyless' })).status).toBe(401);
    const written = lines.slice(before);
    expect(written.find((line) => line['requestId'] === 'metrics-keyed')).toMatchObject({ msg: 'graphql request', caller: expect.any(String) });
    expect(written.filter((line) => line['requestId'] === 'metrics-keyless')).toEqual([expect.objectContaining({ msg: 'refused: unauthenticated' })]);
    expect(JSON.stringify(written)).not.toContain(KEY);
  });
});
