import { createFleet, type Fleet } from '../../../src/simulators/fleet';
import type { SimCard } from '../../../src/simulators/fleet/types';
import { createCmiotServer, type CmiotServerOptions } from '../../../src/simulators/cmiot/server';
import { listen, type Listening } from '../../../src/simulators/shared/listen';
import type { StatsSnapshot } from '../../../src/simulators/shared/stats';

/** A CMIOT simulator on port 0 over a small seeded fleet, with a settable clock. */
export interface Harness {
  fleet: Fleet;
  url: string;
  clock: { now: number };
  close(): Promise<void>;
  mobile(filter: (card: SimCard) => boolean): SimCard;
  /**
   * A China Mobile card on `platform`, not handed out before, set to the given fields: tests
   * state what they need instead of relying on what the seed drew.
   */
  card(platform: 'PB' | 'CT', fields?: Partial<SimCard>): SimCard;
  /** A fresh, well-formed transid for appid 100001 (`cmiot.md` §1.3). */
  transid(): string;
  stats(): Promise<StatsSnapshot>;
  knobs(patch: Record<string, unknown>): Promise<void>;
}

export const APPID = '100001';
export const PASSWORD = 'demo-password';
// 2024-05-20 10:00:00 Asia/Shanghai.
export const START = Date.UTC(2024, 4, 20, 2, 0, 0);

const activeFields = (): Partial<SimCard> => ({
  state: 'ACTIVE',
  suspendReason: null,
  barring: null,
  stopReason: '000000000000',
  lastChangeAt: {},
});

export async function startHarness(options: CmiotServerOptions = {}, cards = 300): Promise<Harness> {
  const clock = { now: START };
  const fleet = createFleet({ seed: 7, cards, now: START, clock: () => clock.now });
  const server: Listening = await listen(createCmiotServer(fleet, options));
  let seq = 0;
  const used = new Set<SimCard>();
  return {
    fleet,
    url: server.url,
    clock,
    close: () => server.close(),
    mobile(filter) {
      const card = fleet.cards.find((c) => c.carrier === 'CHINA_MOBILE' && filter(c));
      if (!card) throw new Error('no such card in the test fleet');
      return card;
    },
    card(platform, fields = {}) {
      const card = fleet.cards.find((c) => c.carrier === 'CHINA_MOBILE' && c.platform === platform && !used.has(c));
      if (!card) throw new Error('test fleet ran out of cards');
      used.add(card);
      Object.assign(card, activeFields(), fields);
      return card;
    },
    transid() {
      seq += 1;
      return `${APPID}20240520100000${String(seq).padStart(8, '0')}`;
    },
    async stats() {
      return (await fetch(`${server.url}/__sim/stats`)).json() as Promise<StatsSnapshot>;
    },
    async knobs(patch) {
      const res = await fetch(`${server.url}/__sim/knobs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(patch),
      });
      if (res.status !== 200) throw new Error(`knobs refused: ${await res.text()}`);
    },
  };
}

export interface Answer {
  status: string;
  message: string;
  result: Array<Record<string, unknown>>;
}

/** GET with a query string; returns the HTTP status and the parsed body. */
export async function getJson(url: string, params: Record<string, string>): Promise<{ http: number; body: Answer }> {
  const res = await fetch(`${url}?${new URLSearchParams(params).toString()}`);
  const text = await res.text();
  return { http: res.status, body: (text === '' ? {} : JSON.parse(text)) as Answer };
}

/** POST with a JSON body. */
export async function postJson(url: string, body: unknown): Promise<{ http: number; body: Answer }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { http: res.status, body: (text === '' ? {} : JSON.parse(text)) as Answer };
}

/** Fetches a v5 token with the demo credentials. */
export async function v5Token(h: Harness, refresh = '0'): Promise<{ token: string; ttl: unknown }> {
  const { body } = await getJson(`${h.url}/v5/ec/get/token`, {
    appid: APPID,
    password: PASSWORD,
    transid: h.transid(),
    refresh,
  });
  if (body.status !== '0') throw new Error(`get/token failed: ${body.status}`);
  return body.result[0] as { token: string; ttl: unknown };
}

/** A v5 business call by GET with a fresh transid. */
export async function v5Get(h: Harness, token: string, path: string, params: Record<string, string> = {}): Promise<Answer> {
  const { body } = await getJson(`${h.url}/v5/ec/${path}`, { transid: h.transid(), token, ...params });
  return body;
}
