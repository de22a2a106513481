/**
 * `shingsou.md` §7.10: bad input never crashes the simulator. Malformed JSON or form gets 422
 * (400 `invalid_request` on `/connect/token`), and the server keeps answering.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Sim, startSim } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ cards: 100 });
});
afterAll(() => sim.close());

const alive = async () => expect((await sim.call('GET', '/cards/FlowCard/Get')).status).toBe(200);

describe('bad input on the APIs', () => {
  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"x"'],
    ['truncated JSON', '{"cardNo":'],
    ['binary', '\u0000\u0001\u0002'],
    ['an empty body', ''],
    ['prototype keys', '{"__proto__":{"admin":true},"cardNo":"x","productId":1,"payMethod":"ALIPAY_PC"}'],
  ])('%s → 422', async (_label, raw) => {
    const res = await sim.call('POST', '/payment/Payment/Post', { rawBody: raw, headers: { 'Content-Type': 'application/json' } });
    expect([422]).toContain(res.status);
    expect(res.json.code).toBeGreaterThanOrEqual(422);
    await alive();
  });

  it('malformed percent-encoding, repeated and bracketed query names → 200 or 422', async () => {
    for (const q of ['page=%E0%A4%A', 'page=1&page=2', 'page[]=1', 'cardNos=%ZZ', 'pageSize=1e2', 'page=-1']) {
      const res = await fetch(`${sim.url}/cards/FlowCard/Get?${q}`, {
        headers: { 'Ocp-Apim-Subscription-Key': 'demo-subscription-key', Authorization: `Bearer ${await sim.token()}` },
      });
      expect([200, 422]).toContain(res.status);
    }
    await alive();
  });

  it('a body over the size limit → 422, not a crash', async () => {
    const res = await sim.call('POST', '/cards/FlowCard/Network', { rawBody: Buffer.alloc(11 * 1024 * 1024, 0x20), headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(422);
    await alive();
  });

  it('a broken multipart upload → 422', async () => {
    const res = await sim.call('POST', '/paymentv2/WechatPay/UploadCert', {
      rawBody: '--x\r\nContent-Disposition: form-data; name="merchantId"\r\n\r\nM-WX-0001',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
    });
    expect(res.status).toBe(422);
    await alive();
  });
});

describe('bad input on the token endpoint → 400 invalid_request or invalid_client', () => {
  it.each([
    ['multipart without boundary', 'multipart/form-data', 'a=b'],
    ['truncated multipart', 'multipart/form-data; boundary=zz', '--zz\r\nContent-Disposition: form-data; name="grant_type"\r\n\r\nclient_cre'],
    ['text/plain', 'text/plain', 'grant_type=client_credentials'],
  ])('%s', async (_label, type, body) => {
    const res = await fetch(`${sim.url}/connect/token`, { method: 'POST', headers: { 'Content-Type': type }, body });
    expect(res.status).toBe(400);
    expect(['invalid_request', 'invalid_client']).toContain(((await res.json()) as { error: string }).error);
  });

  it('a garbage Basic header or a malformed urlencoded body is an auth failure, not a crash', async () => {
    const basic = await fetch(`${sim.url}/connect/token`, {
      method: 'POST',
      headers: { Authorization: 'Basic %%%not-base64', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=%ZZ',
    });
    expect(basic.status).toBe(400);
    expect(await basic.json()).toEqual({ error: 'invalid_client' });
    await alive();
  });
});
