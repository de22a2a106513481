import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { APPID, getJson, type Harness, PASSWORD, postJson, startHarness, v5Get, v5Token } from './harness';

const TOKEN_12021 = '{"status":"12021","message":"TOKEN不存在或已过期，请重新获取","result":[]}';

describe('CMIOT v5 get/token (cmiot.md §3.2, §7.4)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const msisdn = (): string => h.mobile((c) => c.state === 'ACTIVE').msisdn;

  it('issues a token with ttl as a numeric string, and refresh=0 hands back the same one', async () => {
    const first = await v5Token(h);
    expect(first.token).toMatch(/^[0-9a-f]{32}$/);
    expect(first.ttl).toBe('3600');
    h.clock.now += 100_000;
    const again = await v5Token(h, '0');
    expect(again.token).toBe(first.token);
    expect(again.ttl).toBe('3500');
  });

  it('refresh=1 replaces the token and the old one gets the exact 12021 body', async () => {
    const old = await v5Token(h);
    const fresh = await v5Token(h, '1');
    expect(fresh.token).not.toBe(old.token);
    const res = await fetch(`${h.url}/v5/ec/query/sim-status?transid=${h.transid()}&token=${old.token}&msisdn=${msisdn()}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(TOKEN_12021);
    expect((await v5Get(h, fresh.token, 'query/sim-status', { msisdn: msisdn() })).status).toBe('0');
  });

  it('with one-active-token off both tokens stay valid', async () => {
    await h.knobs({ oneActiveToken: false });
    const old = await v5Token(h);
    const fresh = await v5Token(h, '1');
    expect((await v5Get(h, old.token, 'query/sim-status', { msisdn: msisdn() })).status).toBe('0');
    expect((await v5Get(h, fresh.token, 'query/sim-status', { msisdn: msisdn() })).status).toBe('0');
  });

  it('always-new makes refresh=0 issue a new token', async () => {
    await h.knobs({ alwaysNewToken: true });
    const a = await v5Token(h, '0');
    const b = await v5Token(h, '0');
    expect(b.token).not.toBe(a.token);
  });

  it('expires after the token lifetime knob and ttl can be a number', async () => {
    await h.knobs({ tokenLifetimeSec: 60, ttlAsNumber: true });
    const t = await v5Token(h);
    expect(t.ttl).toBe(60);
    h.clock.now += 60_000;
    const body = await v5Get(h, t.token, 'query/sim-status', { msisdn: msisdn() });
    expect(body).toEqual({ status: '12021', message: 'TOKEN不存在或已过期，请重新获取', result: [] });
  });

  it('answers 12022 for a wrong password or unknown appid', async () => {
    for (const [appid, password] of [[APPID, 'nope'], ['999999', PASSWORD], ['', '']]) {
      const { http, body } = await getJson(`${h.url}/v5/ec/get/token`, { appid: appid as string, password: password as string, transid: h.transid() });
      expect(http).toBe(200);
      expect(body).toEqual({ status: '12022', message: 'appid或password鉴权不通过', result: [] });
    }
  });

  it('answers 12004 for a missing or foreign transid on get/token', async () => {
    const { body } = await getJson(`${h.url}/v5/ec/get/token`, { appid: APPID, password: PASSWORD });
    expect(body.status).toBe('12004');
    const { body: foreign } = await getJson(`${h.url}/v5/ec/get/token`, { appid: APPID, password: PASSWORD, transid: '99999920240520100000' + '00000001' });
    expect(foreign.status).toBe('12004');
  });

  it('accepts POST JSON and POST form', async () => {
    const json = await postJson(`${h.url}/v5/ec/get/token`, { appid: Number(APPID), password: PASSWORD, transid: h.transid() });
    expect(json.body.status).toBe('0');
    const form = await fetch(`${h.url}/v5/ec/get/token`, {
      method: 'POST',
      body: new URLSearchParams({ appid: APPID, password: PASSWORD, transid: h.transid() }),
    });
    expect(((await form.json()) as { status: string }).status).toBe('0');
    const multipart = new FormData();
    multipart.set('appid', APPID);
    multipart.set('password', PASSWORD);
    multipart.set('transid', h.transid());
    const mp = await fetch(`${h.url}/v5/ec/get/token`, { method: 'POST', body: multipart });
    expect(((await mp.json()) as { status: string }).status).toBe('0');
  });

  it('counts token calls in the stats', async () => {
    await v5Token(h);
    await v5Token(h);
    const stats = await h.stats();
    expect(stats.tokenCalls).toBe(2);
    expect(stats.routes['v5/get/token']?.calls).toBe(2);
    expect(stats.routes['v5/get/token']?.keys).toEqual([]);
  });
});

describe('CMIOT v5 public-parameter checks (cmiot.md §7.5)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('missing token is 12021, missing or foreign transid is 12004', async () => {
    const id = h.mobile(() => true).msisdn;
    const noToken = await getJson(`${h.url}/v5/ec/query/sim-status`, { transid: h.transid(), msisdn: id });
    expect(noToken.body.status).toBe('12021');
    const { token } = await v5Token(h);
    const noTransid = await getJson(`${h.url}/v5/ec/query/sim-status`, { token, msisdn: id });
    expect(noTransid.body).toEqual({ status: '12004', message: 'transId或appid或token鉴权失败', result: [] });
    const long = await v5Get(h, token, 'query/sim-status', { msisdn: id, transid: APPID + '1'.repeat(43) });
    expect(long.status).toBe('12004');
  });

  it('the strict knob checks the timestamp, the duplicate knob refuses a reused transid', async () => {
    const { token } = await v5Token(h);
    const id = h.mobile(() => true).msisdn;
    const badClock = `${APPID}20241332100000${'00000001'}`;
    expect((await v5Get(h, token, 'query/sim-status', { msisdn: id, transid: badClock })).status).toBe('0');
    await h.knobs({ v5StrictTransid: true });
    expect((await v5Get(h, token, 'query/sim-status', { msisdn: id, transid: badClock })).status).toBe('12004');
    await h.knobs({ v5RejectDuplicateTransid: true });
    const once = h.transid();
    expect((await v5Get(h, token, 'query/sim-status', { msisdn: id, transid: once })).status).toBe('0');
    expect((await v5Get(h, token, 'query/sim-status', { msisdn: id, transid: once })).status).toBe('12004');
  });

  it('unknown paths are HTTP 404, malformed bodies get a business code', async () => {
    expect((await fetch(`${h.url}/v5/ec/query/no-such-thing`)).status).toBe(404);
    expect((await fetch(`${h.url}/v4/anything`)).status).toBe(404);
    const res = await fetch(`${h.url}/v5/ec/query/sim-status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"token": ',
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('12004');
    const broken = await fetch(`${h.url}/v5/ec/get/token`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data' },
      body: 'garbage',
    });
    expect(broken.status).toBe(200);
  });

  it('injected faults are HTTP 5xx and the rate-limit knob answers 71', async () => {
    const { token } = await v5Token(h);
    const id = h.mobile(() => true).msisdn;
    await h.knobs({ errorRate: { 'v5/query/sim-status': 1 } });
    const err = await fetch(`${h.url}/v5/ec/query/sim-status?transid=${h.transid()}&token=${token}&msisdn=${id}`);
    expect(err.status).toBe(500);
    expect(((await err.json()) as { status: string }).status).toBe('500');
    await h.knobs({ errorRate: { 'v5/query/sim-status': 0 }, outage: { all: true, routes: [] } });
    expect((await fetch(`${h.url}/v5/ec/query/sim-status?msisdn=${id}`)).status).toBe(503);
    await h.knobs({ outage: { all: false, routes: [] }, rateLimit: { limit: 1, windowSec: 60 } });
    expect((await v5Get(h, token, 'query/sim-status', { msisdn: id })).status).toBe('0');
    const limited = await v5Get(h, token, 'query/sim-status', { msisdn: id });
    expect(limited).toEqual({ status: '71', message: '已超出API最大流控限制', result: [] });
  });
});
