import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { v2Token, v2TokenMatches } from '../../../src/simulators/cmiot/v2/signature';
import { isValidTransid } from '../../../src/simulators/cmiot/transid';
import { APPID, getJson, type Harness, PASSWORD, startHarness } from './harness';
import { v2Get } from './v2-harness';

describe('CMIOT v2 signature (cmiot.md §2.1)', () => {
  it('matches the contract test vector, in any hex case', () => {
    const transid = '1000012014101615303080000001';
    const expected = '2f754d00bf4c7382419c0bee6fc06b63e2f161decb7419eb77350b37a6b0a0eb';
    expect(v2Token('100001', 'secret', transid)).toBe(expected);
    expect(v2TokenMatches(expected.toUpperCase(), '100001', 'secret', transid)).toBe(true);
    expect(v2TokenMatches(expected, '100001', 'secreT', transid)).toBe(false);
    expect(v2TokenMatches('', '100001', 'secret', transid)).toBe(false);
  });

  it('strict transids: appid + real Shanghai yyyyMMddHHmmss + 8 digits, at most 48 chars', () => {
    expect(isValidTransid('1000012014101615303080000001', '100001', true)).toBe(true);
    expect(isValidTransid('1000012014101625303080000001', '100001', true)).toBe(false); // hour 25
    expect(isValidTransid('1000012014023015303080000001', '100001', true)).toBe(false); // Feb 30
    expect(isValidTransid('100001201410161530308000001', '100001', true)).toBe(false); // 7 digits
    expect(isValidTransid('2000012014101615303080000001', '100001', true)).toBe(false);
    expect(isValidTransid('100001x', '100001', false)).toBe(true);
    expect(isValidTransid(`100001${'1'.repeat(43)}`, '100001', false)).toBe(false);
  });
});

describe('CMIOT v2 public checks in the §7.3 order', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const call = async (params: Record<string, string>) =>
    (await getJson(`${h.url}/v2/userstatusrealsingle`, params)).body;

  it('10 for a missing public parameter, before anything else', async () => {
    const transid = h.transid();
    const base = { appid: APPID, transid, ebid: '1', token: v2Token(APPID, PASSWORD, transid), msisdn: '1' };
    for (const drop of ['appid', 'transid', 'ebid', 'token']) {
      const params: Record<string, string> = { ...base };
      delete params[drop];
      expect(await call(params)).toEqual({ status: '10', message: '请求参数个数不正确', result: [] });
    }
  });

  it('7 for a wrong token or unknown appid, checked before the transid format', async () => {
    const card = h.card('PB');
    const transid = 'not-a-transid';
    expect((await call({ appid: APPID, transid, ebid: '1', token: 'ab'.repeat(32), msisdn: card.msisdn })).status).toBe('7');
    const other = '999999';
    expect((await call({ appid: other, transid: `${other}2024052010000000000001`, ebid: '1', token: v2Token(other, PASSWORD, `${other}2024052010000000000001`), msisdn: card.msisdn })).status).toBe('7');
    const badFormat = await call({ appid: APPID, transid, ebid: '1', token: v2Token(APPID, PASSWORD, transid), msisdn: card.msisdn });
    expect(badFormat).toEqual({ status: '13', message: '请求参数命名不规范', result: [] });
  });

  it('13 for a malformed transid unless the relax knob is on; upper-case token accepted', async () => {
    const card = h.card('PB');
    const transid = `${APPID}2024052010000`; // 13 digits of time, no sequence
    const params = { appid: APPID, transid, ebid: '1', token: v2Token(APPID, PASSWORD, transid).toUpperCase(), msisdn: card.msisdn };
    expect((await call(params)).status).toBe('13');
    await h.knobs({ v2RelaxedTransid: true });
    expect(await call(params)).toEqual({ status: '0', message: '正确', result: [{ STATUS: '00' }] });
  });

  it('6 when the client IP is not whitelisted', async () => {
    const card = h.card('PB');
    await h.knobs({ ipWhitelist: ['10.9.9.9'] });
    expect(await v2Get(h, 'userstatusrealsingle', { msisdn: card.msisdn })).toEqual({ status: '6', message: 'IP地址鉴权不通过', result: [] });
    await h.knobs({ ipWhitelist: ['127.0.0.1'] });
    expect((await v2Get(h, 'userstatusrealsingle', { msisdn: card.msisdn })).status).toBe('0');
  });

  it('71 per API and 72 per subscription with the exact texts', async () => {
    const card = h.card('PB');
    await h.knobs({ rateLimit: { limit: 1, windowSec: 60 } });
    expect((await v2Get(h, 'userstatusrealsingle', { msisdn: card.msisdn })).status).toBe('0');
    expect(await v2Get(h, 'userstatusrealsingle', { msisdn: card.msisdn })).toEqual({ status: '71', message: '已超出API最大流控限制', result: [] });
    expect((await v2Get(h, 'balancerealsingle', { msisdn: card.msisdn })).status).toBe('0');
    await h.knobs({ rateLimit: null, subscriptionRateLimit: { limit: 1, windowSec: 60 } });
    expect((await v2Get(h, 'gprsrealsingle', { msisdn: card.msisdn })).status).toBe('0');
    expect(await v2Get(h, 'balancerealsingle', { msisdn: card.msisdn })).toEqual({ status: '72', message: '已超出订购关系最大流控限制', result: [] });
  });

  it('99 on an injected error (HTTP 500), 503 on an outage, 404 for an unknown API', async () => {
    const card = h.card('PB');
    await h.knobs({ errorRate: { 'v2/userstatusrealsingle': 1 } });
    const transid = h.transid();
    const res = await fetch(`${h.url}/v2/userstatusrealsingle?appid=${APPID}&transid=${transid}&ebid=1&token=${v2Token(APPID, PASSWORD, transid)}&msisdn=${card.msisdn}`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ status: '99', message: 'userstatusrealsingle 调用，系统错误', result: [] });
    await h.knobs({ outage: { all: false, routes: ['v2/userstatusrealsingle'] } });
    expect((await fetch(`${h.url}/v2/userstatusrealsingle`)).status).toBe(503);
    expect((await fetch(`${h.url}/v2/nosuchapi`)).status).toBe(404);
  });

  it('POST with the parameters in the query string and an empty body, as the C# sample does', async () => {
    const card = h.card('CT', { state: 'SUSPENDED', suspendReason: 'USER_REQUEST', barring: 'TWO_WAY', stopReason: '000000002000' });
    const transid = h.transid();
    const query = new URLSearchParams({ appid: APPID, transid, ebid: '0001000000009', token: v2Token(APPID, PASSWORD, transid), iccid: card.iccid });
    const res = await fetch(`${h.url}/v2/userstatusrealsingle?${query.toString()}`, { method: 'POST' });
    expect(await res.json()).toEqual({ status: '0', message: '正确', result: [{ STATUS: '02' }] });
    const stats = await h.stats();
    expect(stats.routes['v2/userstatusrealsingle']).toEqual({ calls: 1, keys: [1] });
  });
});
