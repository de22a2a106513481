import { createClient, type Client } from 'graphql-ws';
import pino from 'pino';
import WebSocket from 'ws';
import { startSimGraph, type SimGraph, type SimGraphOptions } from '../../../../src/app';
import { parseConfig } from '../../../../src/config';
import { formatShanghaiIso, type CardState } from '../../../../src/domain';
import type { FleetStatusReading, FleetStore } from '../../../../src/fleet-store/fleet-store';
import type { RunningSimulators } from '../../../../src/simulators';

/**
 * Subscriptions as a client sees them: the graphql-ws client over a real WebSocket to a gateway on
 * port 0 (`startSimGraph`, as `npm start` composes it) whose fleet store is a real one the test
 * writes to. Every wait is bounded.
 */

export interface EventGateway {
  app: SimGraph;
  /** `ws://…/graphql`. */
  wsUrl: string;
  /** Subscriptions running now on this gateway, from `GET /metrics`. */
  activeSubscriptions(): Promise<number>;
  close(): Promise<void>;
}

export async function startEventGateway(simulators: RunningSimulators, fleetStore: FleetStore, env: Record<string, string> = {}, options: Omit<SimGraphOptions, 'simulators' | 'fleetStore'> = {}): Promise<EventGateway> {
  const app = await startSimGraph(parseConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'silent', SYNC: 'off', ...env }), pino({ level: 'silent' }), {
    ...options,
    simulators,
    fleetStore,
    upstreams: { log: pino({ level: 'silent' }) },
  });
  const metricsUrl = app.gateway.url.replace(/\/graphql$/, '/metrics');
  return {
    app,
    wsUrl: app.gateway.url.replace(/^http/, 'ws'),
    async activeSubscriptions() {
      const text = await (await fetch(metricsUrl)).text();
      const line = text.split('\n').find((row) => row.startsWith('simgraph_subscriptions_active '));
      return line ? Number(line.split(' ')[1]) : 0;
    },
    close: () => app.close(),
  };
}

/** Waits until `gateway` runs `count` subscriptions: each has its hub position, so a write from now on reaches it. */
export async function untilSubscribed(gateway: EventGateway, count: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const active = await gateway.activeSubscriptions();
    if (active === count) return;
    if (Date.now() > until) throw new Error(`${active} subscriptions active, waited for ${count}`);
    await sleep(25);
  }
}

export interface ClosedEvent {
  code: number;
  reason: string;
}

export interface TestClient {
  client: Client;
  /** Resolves with the socket's close (code and reason). */
  closed: Promise<ClosedEvent>;
  dispose(): Promise<void>;
}

/** A graphql-ws client that connects now and never retries, so a refusal shows as its close code. */
export function connect(url: string, connectionParams?: Record<string, unknown>): TestClient {
  let onClosed: (event: ClosedEvent) => void = () => {};
  const closed = new Promise<ClosedEvent>((resolve) => (onClosed = resolve));
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string | Buffer };
        onClosed({ code, reason: String(reason) });
      },
    },
    // A refused connection is the test's subject, not an unhandled error.
    onNonLazyError: () => {},
  });
  return { client, closed, dispose: () => client.dispose() as Promise<void> };
}

export interface Received {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface Subscription {
  results: Received[];
  /** The operation's `error` message (refused before it ran), or the socket's close. */
  failure: unknown;
  completed: boolean;
  /** Resolves once `count` results arrived; rejects after `timeoutMs` with what did. */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  /** Resolves when the operation completed or failed. */
  ended(timeoutMs?: number): Promise<void>;
  unsubscribe(): void;
}

export function subscribe(client: Client, query: string, variables?: Record<string, unknown>): Subscription {
  const waiters = new Set<() => void>();
  const poke = () => waiters.forEach((waiter) => waiter());
  const subscription: Subscription = {
    results: [],
    failure: undefined,
    completed: false,
    waitFor(count, timeoutMs = 10_000) {
      return waitUntil(() => subscription.results.length >= count || subscription.completed || subscription.failure !== undefined, timeoutMs, waiters).then(() => {
        if (subscription.results.length < count) throw new Error(`${subscription.results.length} results of ${count}: ${JSON.stringify({ results: subscription.results, failure: subscription.failure })}`);
        return subscription.results.slice(0, count);
      });
    },
    ended(timeoutMs = 10_000) {
      return waitUntil(() => subscription.completed || subscription.failure !== undefined, timeoutMs, waiters);
    },
    unsubscribe: () => {},
  };
  subscription.unsubscribe = client.subscribe<Record<string, unknown>>(
    { query, ...(variables ? { variables } : {}) },
    {
      next: (result) => {
        subscription.results.push(result as Received);
        poke();
      },
      error: (error) => {
        subscription.failure = error;
        poke();
      },
      complete: () => {
        subscription.completed = true;
        poke();
      },
    },
  );
  return subscription;
}

function waitUntil(done: () => boolean, timeoutMs: number, waiters: Set<() => void>): Promise<void> {
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!done()) return;
      clearTimeout(timer);
      waiters.delete(check);
      resolve();
    };
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(new Error(`not within ${timeoutMs} ms`));
    }, timeoutMs);
    waiters.add(check);
  });
}

/** A status reading as the sync would write it, `checkedAt` at `at`. */
export function statusReading(iccid: string, state: CardState, at: number): FleetStatusReading {
  return {
    iccid,
    syncedAt: new Date(at),
    status: {
      state,
      ...(state === 'SUSPENDED' ? { suspendReason: 'ARREARS' as const } : {}),
      raw: { source: 'SHINGSOU', carrier: 'CHINA_TELECOM', code: state === 'SUSPENDED' ? '120000' : '1', label: state },
      checkedAt: formatShanghaiIso(at),
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export const STATUS_EVENTS = `subscription Events($filter: CardEventFilter) {
  cardEvents(filter: $filter) { id sequence type occurredAt card { iccid } from { state } to { state } }
}`;
