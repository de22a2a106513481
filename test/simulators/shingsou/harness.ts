/**
 * A Shingsou simulator on port 0 over a small fleet with an injectable clock, and a tiny HTTP
 * client for it. Every test file closes what it starts.
 */
import { createFleet, Fleet } from '../../../src/simulators/fleet';
import { listen, Listening } from '../../../src/simulators/shared/listen';
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_SUBSCRIPTION_KEY } from '../../../src/simulators/shingsou/credentials';
import { createShingsouServer, ShingsouServer, ShingsouServerOptions } from '../../../src/simulators/shingsou/server';

export const KEY = DEMO_SUBSCRIPTION_KEY;
export const CLIENT_ID = DEMO_CLIENT_ID;
export const CLIENT_SECRET = DEMO_CLIENT_SECRET;

export interface Sim {
  fleet: Fleet;
  server: ShingsouServer;
  http: Listening;
  url: string;
  clock: { now: number; advance(ms: number): void };
  token(scope?: string): Promise<string>;
  call(method: string, path: string, init?: CallInit): Promise<Reply>;
  close(): Promise<void>;
}

export interface CallInit {
  query?: Record<string, string | number>;
  body?: unknown;
  rawBody?: string | Buffer;
  headers?: Record<string, string>;
  /** `null` = send no bearer; default: a token with every scope. */
  token?: string | null;
  /** `null` = send no key; default: the demo key. */
  key?: string | null;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export async function startSim(options: { cards?: number; server?: ShingsouServerOptions } = {}): Promise<Sim> {
  const clock = {
    now: Date.parse('2024-05-20T12:00:00+08:00'),
    advance(ms: number) {
      clock.now += ms;
    },
  };
  const fleet = createFleet({ cards: options.cards ?? 400, now: clock.now, clock: () => clock.now });
  const server = createShingsouServer(fleet, options.server);
  const http = await listen(server.app, 0);
  let cached: string | undefined;
  const sim: Sim = {
    fleet,
    server,
    http,
    url: http.url,
    clock,
    async token(scope?: string) {
      const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET });
      if (scope !== undefined) form.set('scope', scope);
      const res = await fetch(`${http.url}/connect/token`, { method: 'POST', body: form });
      const body = (await res.json()) as { access_token: string };
      return body.access_token;
    },
    async call(method, path, init = {}) {
      const url = new URL(path, http.url);
      for (const [k, v] of Object.entries(init.query ?? {})) url.searchParams.set(k, String(v));
      const headers: Record<string, string> = { ...init.headers };
      if (init.key !== null) headers['Ocp-Apim-Subscription-Key'] = init.key ?? KEY;
      if (init.token !== null) headers.Authorization = `Bearer ${init.token ?? (cached ??= await sim.token())}`;
      let body: string | Buffer | undefined;
      if (init.rawBody !== undefined) body = init.rawBody;
      else if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['Content-Type'] ??= 'application/json; charset=utf-8';
      }
      const res = await fetch(url, { method, headers, body: body as RequestInit['body'] });
      const text = await res.text();
      let json: unknown;
      try {
        json = text === '' ? undefined : JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: res.status, headers: res.headers, text, json };
    },
    async close() {
      server.dispose();
      await http.close();
    },
  };
  return sim;
}

export async function stats(sim: Sim): Promise<any> {
  const res = await fetch(`${sim.url}/__sim/stats`);
  return res.json();
}

export async function setKnobs(sim: Sim, patch: unknown): Promise<number> {
  const res = await fetch(`${sim.url}/__sim/knobs`, { method: 'POST', body: JSON.stringify(patch), headers: { 'Content-Type': 'application/json' } });
  await res.text();
  return res.status;
}
