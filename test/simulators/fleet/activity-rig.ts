/**
 * Both simulators over one fleet (`startSimulators`) with a clock the test moves, and small
 * clients for the reads the activity tests compare: Shingsou inventory, live status and usage;
 * CMIOT v5 status, stop reason and usage. Real HTTP on port 0.
 */
import { startSimulators, type Knobs, type RunningSimulators } from '../../../src/simulators';
import type { SimCard } from '../../../src/simulators/fleet/types';

// 2024-05-20 10:00:00 Asia/Shanghai: the rest of the day and month lie ahead.
export const START = Date.parse('2024-05-20T10:00:00+08:00');
export const MINUTE = 60_000;

export interface FlowCard {
  cardNo: string;
  status: number;
  statusName: string;
  statusUpdatedAt: string;
  realName: boolean;
}

export interface Rig {
  sims: RunningSimulators;
  clock: { now: number };
  advance(ms: number): void;
  /** A card of the fleet (read in process only to pick it; every assertion reads over HTTP). */
  pick(filter: (card: SimCard) => boolean): SimCard;
  /** The whole Shingsou inventory, by ICCID, through `flowcard-get` pages of 100. */
  inventory(): Promise<Map<string, FlowCard>>;
  shingsouStatus(iccid: string): Promise<{ status: number; statusName: string }>;
  shingsouData(iccid: string): Promise<{ usedKb: number; totalKb: number | null; remainingKb: number | null }>;
  network(iccid: string, operType: 0 | 1): Promise<{ success: boolean; code: number }>;
  cmiot(path: string, params: Record<string, string>): Promise<{ status: string; result: Record<string, any>[] }>;
  knobs(server: 'shingsou' | 'cmiot', patch?: Record<string, unknown>): Promise<Knobs>;
  close(): Promise<void>;
}

export async function startRig(options: { knobs?: Partial<Knobs>; seed?: number; cards?: number } = {}): Promise<Rig> {
  const clock = { now: START };
  const sims = await startSimulators({
    cards: options.cards ?? 300,
    seed: options.seed ?? 4242,
    clock: () => clock.now,
    env: { NODE_ENV: 'test' },
    // Tokens outlive every clock move of these tests.
    knobs: { tokenLifetimeSec: 30 * 86_400, ...options.knobs },
  });
  let seq = 0;
  const cmiot: Rig['cmiot'] = async (path, params) => {
    const url = new URL(`/v5/ec/${path}`, sims.cmiot.baseUrl);
    seq += 1;
    const entries = { transid: `${sims.cmiot.appid}20240520100000${String(seq).padStart(8, '0')}`, ...params };
    for (const [k, v] of Object.entries(entries)) url.searchParams.set(k, v);
    return (await (await fetch(url)).json()) as { status: string; result: Record<string, any>[] };
  };
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: sims.shingsou.clientId, client_secret: sims.shingsou.clientSecret });
  const shingsouToken = ((await (await fetch(sims.shingsou.tokenUrl, { method: 'POST', body: form })).json()) as { access_token: string }).access_token;
  const cmiotToken = (await cmiot('get/token', { appid: sims.cmiot.appid, password: sims.cmiot.password })).result[0]?.token as string;
  const shingsou = async (method: string, path: string, body?: unknown): Promise<any> => {
    const res = await fetch(`${sims.shingsou.baseUrl}${path}`, {
      method,
      headers: { 'Ocp-Apim-Subscription-Key': sims.shingsou.subscriptionKey, Authorization: `Bearer ${shingsouToken}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${await res.text()}`);
    return res.json();
  };
  return {
    sims,
    clock,
    advance(ms) {
      clock.now += ms;
    },
    pick(filter) {
      const card = sims.fleet.cards.find(filter);
      if (!card) throw new Error('no such card in the test fleet');
      return card;
    },
    async inventory() {
      const all = new Map<string, FlowCard>();
      for (let page = 1; ; page++) {
        const body = (await shingsou('GET', `/cards/FlowCard/Get?page=${page}&pageSize=100`)) as { items: FlowCard[]; total: number };
        for (const item of body.items) all.set(item.cardNo, item);
        if (page * 100 >= body.total) return all;
      }
    },
    shingsouStatus: (iccid) => shingsou('GET', `/cards/FlowCard/Status?cardNo=${iccid}`),
    shingsouData: (iccid) => shingsou('GET', `/cards/FlowCard/Data?cardNo=${iccid}`),
    async network(iccid, operType) {
      const body = (await shingsou('POST', '/cards/FlowCard/Network', { cardNos: [iccid], operType })) as { results: { success: boolean; code: number }[] };
      return body.results[0] as { success: boolean; code: number };
    },
    cmiot: (path, params) => cmiot(path, { token: cmiotToken, ...params }),
    async knobs(server, patch) {
      const base = server === 'shingsou' ? sims.shingsou.baseUrl : sims.cmiot.baseUrl;
      const res = await fetch(`${base}/__sim/knobs`, patch === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) });
      if (res.status !== 200) throw new Error(`knobs: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as Knobs;
    },
    close: () => sims.close(),
  };
}
