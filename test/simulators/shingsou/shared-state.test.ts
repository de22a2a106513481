/**
 * `startSimulators` (src/simulators/README.md) and the shared fleet across both simulators
 * (`shingsou.md` §7.6, `cmiot.md` §7.12): a China Mobile card stopped through Shingsou reads as
 * stopped through CMIOT at once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RunningSimulators, startSimulators } from '../../../src/simulators';
import { isoShanghai } from '../../../src/simulators/shared/time';

let sims: RunningSimulators;
let shingsouToken: string;
let cmiotToken: string;
let seq = 0;

const transid = () => sims.cmiot.appid + isoShanghai(Date.now()).slice(0, 19).replace(/\D/g, '') + String(++seq).padStart(8, '0');

async function cmiot(path: string, params: Record<string, string>): Promise<{ status: string; result: Record<string, unknown>[] }> {
  const url = new URL(`/v5/ec/${path}`, sims.cmiot.baseUrl);
  for (const [k, v] of Object.entries({ transid: transid(), ...params })) url.searchParams.set(k, v);
  return (await (await fetch(url)).json()) as { status: string; result: Record<string, unknown>[] };
}

async function shingsou(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${sims.shingsou.baseUrl}${path}`, {
    method,
    headers: { 'Ocp-Apim-Subscription-Key': sims.shingsou.subscriptionKey, Authorization: `Bearer ${shingsouToken}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

beforeAll(async () => {
  sims = await startSimulators({ cards: 300, seed: 4242 });
  const token = await fetch(sims.shingsou.tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: sims.shingsou.clientId, client_secret: sims.shingsou.clientSecret }),
  });
  shingsouToken = ((await token.json()) as { access_token: string }).access_token;
  const v5 = await cmiot('get/token', { appid: sims.cmiot.appid, password: sims.cmiot.password });
  cmiotToken = v5.result[0]!.token as string;
});
afterAll(() => sims.close());

describe('startSimulators', () => {
  it('starts both servers on free ports with the README credentials', () => {
    expect(sims.fleet.cards).toHaveLength(300);
    expect(sims.fleet.seed).toBe(4242);
    expect(sims.shingsou).toMatchObject({ clientId: 'simgraph-demo', clientSecret: 'demo-secret', subscriptionKey: 'demo-subscription-key' });
    expect(sims.shingsou.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sims.shingsou.tokenUrl).toBe(`${sims.shingsou.baseUrl}/connect/token`);
    expect(sims.cmiot).toMatchObject({ appid: '100001', password: 'demo-password' });
    expect(sims.cmiot.baseUrl).not.toBe(sims.shingsou.baseUrl);
  });

  it('serves the stats of each server separately', async () => {
    const s = (await (await fetch(`${sims.shingsou.baseUrl}/__sim/stats`)).json()) as { tokenCalls: number };
    const c = (await (await fetch(`${sims.cmiot.baseUrl}/__sim/stats`)).json()) as { tokenCalls: number };
    expect(s.tokenCalls).toBe(1);
    expect(c.tokenCalls).toBe(1);
  });
});

describe('one fleet behind both simulators', () => {
  it('a China Mobile card stopped through Shingsou reads as stopped through CMIOT, and back', async () => {
    const card = sims.fleet.cards.find((c) => c.inShingsou && c.carrier === 'CHINA_MOBILE' && c.platform === 'PB' && c.state === 'ACTIVE' && c.iccid !== '898607B0101790000012')!;
    expect((await cmiot('query/sim-status', { token: cmiotToken, msisdn: card.msisdn })).result[0]).toMatchObject({ cardStatus: '00' });
    const stop = await shingsou('POST', '/cards/FlowCard/Network', { cardNos: [card.iccid], operType: 0 });
    expect(stop.json.results[0]).toMatchObject({ success: true, status: 2 });
    expect((await cmiot('query/sim-status', { token: cmiotToken, msisdn: card.msisdn })).result[0]).toMatchObject({ cardStatus: '02' });
    expect((await cmiot('query/sim-stop-reason', { token: cmiotToken, msisdn: card.msisdn })).result[0]).toMatchObject({ stopReason: '000000002000' });
    await shingsou('POST', '/cards/FlowCard/Network', { cardNos: [card.iccid], operType: 1 });
    expect((await cmiot('query/sim-status', { token: cmiotToken, msisdn: card.msisdn })).result[0]).toMatchObject({ cardStatus: '00' });
  });

  it('a CT card renders 4 in CMIOT and 2 in Shingsou once stopped', async () => {
    const card = sims.fleet.cards.find((c) => c.inShingsou && c.platform === 'CT' && c.state === 'ACTIVE')!;
    await shingsou('POST', '/cards/FlowCard/Network', { cardNos: [card.msisdn], operType: 0 });
    expect((await cmiot('query/sim-status', { token: cmiotToken, iccid: card.iccid })).result[0]).toMatchObject({ cardStatus: '4' });
    expect((await shingsou('GET', `/cards/FlowCard/Status?cardNo=${card.iccid}`)).json).toMatchObject({ status: 2, statusName: '停机' });
  });

  it('a card known only to CMIOT answers there and is absent from Shingsou', async () => {
    const card = sims.fleet.cards.find((c) => !c.inShingsou)!;
    expect((await cmiot('query/sim-status', { token: cmiotToken, iccid: card.iccid })).status).toBe('0');
    expect((await shingsou('GET', `/cards/FlowCard/Detail?cardNo=${card.iccid}`)).status).toBe(404);
  });

  it('shares the cooldown knob: set through Shingsou, it holds for the fleet', async () => {
    const res = await fetch(`${sims.shingsou.baseUrl}/__sim/knobs`, { method: 'POST', body: JSON.stringify({ cooldownMs: 5000 }), headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(200);
    expect(sims.fleet.cooldownMs).toBe(5000);
  });
});

describe('startSimulators failure', () => {
  it('rejects, and leaves nothing listening, when a port is taken', async () => {
    const taken = new URL(sims.cmiot.baseUrl).port;
    await expect(startSimulators({ cards: 10, cmiotPort: Number(taken) })).rejects.toThrow(/EADDRINUSE/);
  });
});
