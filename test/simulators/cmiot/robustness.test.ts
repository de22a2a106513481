import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { v2Token } from '../../../src/simulators/cmiot/v2/signature';
import { APPID, type Harness, PASSWORD, startHarness, v5Get, v5Token } from './harness';

/** `cmiot.md` §7.1: malformed input never crashes the server and never leaves the envelope. */
describe('CMIOT simulator under malformed input', () => {
  let h: Harness;
  let token: string;
  beforeEach(async () => {
    h = await startHarness();
    token = (await v5Token(h)).token;
  });
  afterEach(async () => {
    await h.close();
  });

  const post = async (path: string, body: string, contentType: string): Promise<{ http: number; status: unknown }> => {
    const res = await fetch(`${h.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
    const text = await res.text();
    return { http: res.status, status: text === '' ? undefined : (JSON.parse(text) as { status: unknown }).status };
  };

  it('odd JSON bodies on v5 get business codes with HTTP 200', async () => {
    const auth = { transid: h.transid(), token };
    const cases: Array<[unknown, string]> = [
      [[1, 2, 3], '12004'],
      [null, '12004'],
      ['text', '12004'],
      [{ ...auth, msisdn: { $gt: '' } }, '11000'],
      [{ ...auth, msisdn: ['1', '2'] }, '11000'],
      [{ ...auth, msisdn: null }, '11000'],
      [{ ...auth, ['__proto__']: { msisdn: '1' } }, '11000'],
      [{ ...auth, msisdn: 'x'.repeat(100_000) }, '12010'],
    ];
    for (const [body, status] of cases) {
      const json = JSON.stringify(body);
      expect(await post('/v5/ec/query/sim-status', json, 'application/json')).toEqual({ http: 200, status });
    }
    // JSON numbers are accepted as values (§3.1 DECISION).
    const card = h.card('PB');
    expect(await post('/v5/ec/query/sim-status', JSON.stringify({ transid: h.transid(), token, msisdn: Number(card.msisdn) }), 'application/json')).toEqual({ http: 200, status: '0' });
  });

  it('repeated query keys, bad percent-encoding and unknown content types are refused, not fatal', async () => {
    const card = h.card('PB');
    const dup = await fetch(`${h.url}/v5/ec/query/sim-status?transid=${h.transid()}&token=${token}&msisdn=${card.msisdn}&msisdn=${card.msisdn}`);
    expect(((await dup.json()) as { status: string }).status).toBe('11000');
    const bad = await fetch(`${h.url}/v5/ec/query/sim-status?transid=${h.transid()}&token=${token}&msisdn=%E0%A4%A`);
    expect(bad.status).toBe(200);
    expect(await post('/v5/ec/query/sim-status', '\u0000\u0001', 'application/octet-stream')).toEqual({ http: 200, status: '12004' });
    expect(await post('/v5/ec/query/sim-status', 'a=%ZZ&b', 'application/x-www-form-urlencoded')).toEqual({ http: 200, status: '12004' });
    expect(await post('/v5/ec/query/sim-status', '--x\r\nbroken', 'multipart/form-data; boundary=x')).toEqual({ http: 200, status: '12004' });
  });

  it('v2 with a JSON body carrying public parameters and odd values', async () => {
    const transid = h.transid();
    const signed = { appid: APPID, transid, ebid: '1', token: v2Token(APPID, PASSWORD, transid) };
    expect(await post('/v2/arrearageuserinfo', JSON.stringify({ ...signed, pageSize: 20, pageNum: 1 }), 'application/json')).toEqual({ http: 200, status: '0' });
    const t2 = h.transid();
    const again = { appid: APPID, transid: t2, ebid: '1', token: v2Token(APPID, PASSWORD, t2) };
    expect(await post('/v2/arrearageuserinfo', JSON.stringify({ ...again, pageSize: [20], pageNum: {} }), 'application/json')).toEqual({ http: 200, status: '13' });
    expect(await post('/v2/cardinfo', '{', 'application/json')).toEqual({ http: 200, status: '10' });
  });

  it('keeps serving after all of the above', async () => {
    const card = h.card('CT');
    expect((await v5Get(h, token, 'query/sim-status', { msisdn: card.msisdn })).result).toEqual([{ cardStatus: '2', lastChangeDate: expect.any(String) }]);
  });
});
