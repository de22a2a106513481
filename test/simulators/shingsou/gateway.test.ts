import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CLIENT_ID, CLIENT_SECRET, Sim, setKnobs, startSim, stats } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(() => sim.close());

const CARD = '898607B0101790000012';

describe('APIM gateway checks in the §2.4 order', () => {
  it('1: an unknown path or a wrong verb → gateway 404, before any key check', async () => {
    for (const [method, path] of [['GET', '/cards/FlowCard/Nope'], ['POST', '/cards/FlowCard/Get'], ['DELETE', '/cards/FlowCard'], ['GET', '/paymentv2/Alipay/Transfer']]) {
      const res = await sim.call(method as string, path as string, { key: null, token: null });
      expect({ path, status: res.status, body: res.json }).toEqual({ path, status: 404, body: { statusCode: 404, message: 'Resource not found' } });
    }
  });

  it('2: key missing → 401 with the APIM text', async () => {
    const res = await sim.call('GET', '/cards/FlowCard/Get', { key: null, token: null });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({
      statusCode: 401,
      message: 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
    });
  });

  it('3: key unknown → 401 with the APIM text', async () => {
    const res = await sim.call('GET', '/cards/FlowCard/Get', { key: 'wrong', token: null });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({
      statusCode: 401,
      message: 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
    });
  });

  it('accepts the key as the subscription-key query parameter', async () => {
    const res = await sim.call('GET', '/cards/FlowCard/Get', { key: null, query: { 'subscription-key': 'demo-subscription-key' } });
    expect(res.status).toBe(200);
  });

  it('5: bearer missing → 401, empty body, WWW-Authenticate: Bearer', async () => {
    const res = await sim.call('GET', '/cards/FlowCard/Get', { token: null });
    expect(res.status).toBe(401);
    expect(res.text).toBe('');
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('6: bearer unknown → 401 invalid_token', async () => {
    const res = await sim.call('GET', '/cards/FlowCard/Get', { token: 'not-a-token' });
    expect(res.status).toBe(401);
    expect(res.text).toBe('');
    expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('7: a token without the operation scope → 403, empty body; family and service .all satisfy it', async () => {
    const stopOnly = await sim.token('iot.cardservice.flowcard.get');
    const res = await sim.call('POST', '/cards/FlowCard/Network', { token: stopOnly, body: { cardNos: [CARD], operType: 0 } });
    expect(res.status).toBe(403);
    expect(res.text).toBe('');
    const family = await sim.token('iot.cardservice.flowcard.all');
    expect((await sim.call('GET', '/cards/FlowCard/Status', { token: family, query: { cardNo: CARD } })).status).toBe(200);
    const service = await sim.token('iot.cardservice.all');
    expect((await sim.call('GET', '/cards/FlowCard/Status', { token: service, query: { cardNo: CARD } })).status).toBe(200);
    const payment = await sim.token('iot.paymentservice.all');
    expect((await sim.call('GET', '/cards/FlowCard/Status', { token: payment, query: { cardNo: CARD } })).status).toBe(403);
  });

  it('8: api-version other than 1.0 → 400 UnsupportedApiVersion; 1.0 and absent pass', async () => {
    const bad = await sim.call('GET', '/cards/FlowCard/Get', { query: { 'api-version': '2.0' } });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ code: 'UnsupportedApiVersion', innerError: null });
    expect(typeof bad.json.error.message).toBe('string');
    expect((await sim.call('GET', '/cards/FlowCard/Get', { query: { 'api-version': '1.0' } })).status).toBe(200);
  });

  it('the checks run in order: a bad key wins over a bad token, a bad token over a missing scope', async () => {
    const r1 = await sim.call('GET', '/cards/FlowCard/Get', { key: 'wrong', token: 'bad' });
    expect(r1.json.message).toContain('invalid subscription key');
    const r2 = await sim.call('GET', '/cards/FlowCard/Get', { token: 'bad', query: { 'api-version': '9' } });
    expect(r2.status).toBe(401);
  });

  it('serves the REST alias and matches paths case-insensitively', async () => {
    expect((await sim.call('GET', '/cards/FlowCard')).status).toBe(200);
    expect((await sim.call('GET', '/cards/flowcard/get')).status).toBe(200);
    expect((await sim.call('GET', '/cards/FlowCard/Get/')).status).toBe(200);
  });
});

describe('knobs: rate limit, faults, latency', () => {
  it('4: rate limit per client → 429 with Retry-After, before the bearer check', async () => {
    expect(await setKnobs(sim, { rateLimit: { limit: 2, windowSec: 30 } })).toBe(200);
    await sim.call('GET', '/cards/FlowCard/Get');
    await sim.call('GET', '/cards/FlowCard/Get');
    const res = await sim.call('GET', '/cards/FlowCard/Get', { token: null });
    expect(res.status).toBe(429);
    expect(res.json).toEqual({ statusCode: 429, message: 'Rate limit is exceeded. Try again in 30 seconds.' });
    expect(res.headers.get('retry-after')).toBe('30');
    sim.clock.advance(30_000);
    expect((await sim.call('GET', '/cards/FlowCard/Get')).status).toBe(200);
    await setKnobs(sim, { rateLimit: null });
  });

  it('outage of a route → 503; of the whole simulator → 503 on the token endpoint too', async () => {
    await setKnobs(sim, { outage: { all: false, routes: ['flowcard-status'] } });
    expect((await sim.call('GET', '/cards/FlowCard/Status', { query: { cardNo: CARD } })).status).toBe(503);
    expect((await sim.call('GET', '/cards/FlowCard/Get')).status).toBe(200);
    await setKnobs(sim, { outage: { all: true, routes: [] } });
    const token = await fetch(`${sim.url}/connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
    });
    expect(token.status).toBe(503);
    await setKnobs(sim, { outage: { all: false, routes: [] } });
  });

  it('error rate 1 on a route → injected 500 on that route only', async () => {
    await setKnobs(sim, { errorRate: { 'flowcard-detail': 1 } });
    const res = await sim.call('GET', '/cards/FlowCard/Detail', { query: { cardNo: CARD } });
    expect(res.status).toBe(500);
    expect(res.json).toEqual({ code: 500, name: 'InternalServerError', description: '接口内部错误' });
    expect((await sim.call('GET', '/cards/FlowCard/Status', { query: { cardNo: CARD } })).status).toBe(200);
    await setKnobs(sim, { errorRate: { 'flowcard-detail': 0 } });
  });

  it('latency per route delays the answer', async () => {
    await setKnobs(sim, { latency: { 'flowcard-location': { baseMs: 120, jitterMs: 0 } } });
    const started = Date.now();
    await sim.call('GET', '/cards/FlowCard/Location', { query: { cardNo: CARD } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    await setKnobs(sim, { latency: { 'flowcard-location': { baseMs: 0, jitterMs: 0 } } });
  });

  it('refuses an invalid knob patch with 422 and shows the knobs', async () => {
    expect(await setKnobs(sim, { tokenLifetimeSec: -5 })).toBe(422);
    expect(await setKnobs(sim, { noSuchKnob: true })).toBe(422);
    const res = await fetch(`${sim.url}/__sim/knobs`, { method: 'POST', body: '{oops', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(422);
    const knobs = (await (await fetch(`${sim.url}/__sim/knobs`)).json()) as { tokenLifetimeSec: number };
    expect(knobs.tokenLifetimeSec).toBe(3600);
  });
});

describe('stats', () => {
  it('counts calls and keys per route id, and the peak concurrency', async () => {
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    await sim.call('GET', '/cards/FlowCard/Get', { query: { cardNos: `${CARD},1440212345679,89860000000000000000` } });
    await sim.call('GET', '/cards/FlowCard/Get');
    await Promise.all([1, 2, 3, 4].map(() => sim.call('GET', '/cards/FlowCard/Status', { query: { cardNo: CARD } })));
    await sim.call('GET', '/no/such/path');
    const s = await stats(sim);
    expect(s.routes['flowcard-get']).toEqual({ calls: 2, keys: [3] });
    expect(s.routes['flowcard-status']).toEqual({ calls: 4, keys: [1, 1, 1, 1] });
    expect(Object.keys(s.routes).sort()).toEqual(['flowcard-get', 'flowcard-status', 'token'].filter((r) => r in s.routes).sort());
    expect(s.maxConcurrent).toBeGreaterThanOrEqual(1);
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    expect(await stats(sim)).toEqual({ routes: {}, tokenCalls: 0, maxConcurrent: 0 });
  });

  it('records the peak of concurrent requests', async () => {
    await setKnobs(sim, { latency: { 'flowcard-data': { baseMs: 80, jitterMs: 0 } } });
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    await Promise.all([1, 2, 3, 4, 5].map(() => sim.call('GET', '/cards/FlowCard/Data', { query: { cardNo: CARD } })));
    expect((await stats(sim)).maxConcurrent).toBe(5);
    await setKnobs(sim, { latency: { 'flowcard-data': { baseMs: 0, jitterMs: 0 } } });
  });
});
