/**
 * WeChat Pay OAuth and Code2Session (`shingsou.md` §6.4.1) with codes from
 * `GET /__sim/wechat/code`: once, 5 minutes, per merchant; `sessionKey` from Code2Session only.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { setKnobs, Sim, startSim } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ cards: 50 });
  await setKnobs(sim, { tokenLifetimeSec: 86400 });
});
afterAll(() => sim.close());

async function issue(merchantId = 'M-WX-0001', user?: string): Promise<string> {
  const url = new URL('/__sim/wechat/code', sim.url);
  url.searchParams.set('merchantId', merchantId);
  if (user !== undefined) url.searchParams.set('user', user);
  const res = await fetch(url);
  const body = (await res.json()) as { code: string; merchantId: string; expiresAt: string };
  expect(res.status).toBe(200);
  expect(body.merchantId).toBe(merchantId);
  return body.code;
}
const oauth = (code: string, merchantId = 'M-WX-0001') => sim.call('GET', '/paymentv2/WechatPay/OAuth', { query: { merchantId, code } });
const session = (jsCode: string, merchantId = 'M-WX-0001') => sim.call('GET', '/paymentv2/WechatPay/Code2Session', { query: { merchantId, jsCode } });
const CODE_INVALID = { code: 23008, name: 'OAuth_CodeInvalid', description: 'code无效或已过期' };

describe('OAuth and Code2Session', () => {
  it('OAuth answers the openId, once per code; the openId is a valid Transfer payee', async () => {
    const code = await issue();
    const res = await oauth(code);
    expect(res.json).toEqual({ openId: expect.stringMatching(/^o[A-Za-z0-9_-]{27}$/), unionId: null, scope: 'snsapi_base' });
    const again = await oauth(code);
    expect([again.status, again.json]).toEqual([422, CODE_INVALID]);
    const transfer = await sim.call('POST', '/paymentv2/WechatPay/Transfer', {
      body: { merchantId: 'M-WX-0001', partnerTradeNo: 'id-1', openId: res.json.openId, amount: 100, checkName: 'NO_CHECK', desc: '红包' },
    });
    expect(transfer.json.status).toBe('SUCCESS');
  });

  it('Code2Session adds the sessionKey; the same user gets the same openId, another user another', async () => {
    const res = await session(await issue());
    expect(res.json).toEqual({ openId: expect.stringMatching(/^o.{27}$/), unionId: null, sessionKey: expect.stringMatching(/^[A-Za-z0-9+/]{22}==$/) });
    expect((await session(await issue())).json.openId).toBe(res.json.openId);
    expect((await session(await issue('M-WX-0001', 'alice'))).json.openId).not.toBe(res.json.openId);
    expect((await oauth(await issue())).json.openId).toBe(res.json.openId);
    expect((await oauth(await issue())).text).not.toContain('sessionKey');
  });

  it('an unknown, stale, or other merchant code is 23008', async () => {
    expect((await oauth('never-issued')).json).toEqual(CODE_INVALID);
    const stale = await issue();
    sim.clock.advance(5 * 60_000);
    expect((await session(stale)).json).toEqual(CODE_INVALID);
    const fresh = await issue();
    sim.clock.advance(5 * 60_000 - 1);
    expect((await oauth(fresh)).status).toBe(200);
    const created = await sim.call('POST', '/paymentv2/WechatPay/PostMerchant', { body: { name: '二号', appId: 'wxother', mchId: '1900000777' } });
    const foreign = await issue(created.json.id);
    expect((await oauth(foreign)).json).toEqual(CODE_INVALID);
    // The openId is per merchant app.
    expect((await oauth(foreign, created.json.id)).json.openId).toMatch(/^o/);
  });

  it('refuses the merchant as the other §6.4.1 actions do, and validates the query', async () => {
    const unknown = await oauth(await issue(), 'M-WX-0404');
    expect([unknown.status, unknown.json.code]).toEqual([404, 22001]);
    sim.fleet.merchants.get('M-WX-0001')!.status = 'DISABLED';
    try {
      expect((await session(await issue())).json.code).toBe(22003);
    } finally {
      sim.fleet.merchants.get('M-WX-0001')!.status = 'ENABLED';
    }
    expect((await sim.call('GET', '/paymentv2/WechatPay/OAuth', { query: { merchantId: 'M-WX-0001' } })).json.errors.code).toBeDefined();
    expect((await sim.call('GET', '/paymentv2/WechatPay/Code2Session', { query: { merchantId: 'M-WX-0001' } })).json.errors.jscode).toBeDefined();
  });

  it('/__sim/wechat/code needs a known WeChat Pay merchant', async () => {
    expect((await fetch(`${sim.url}/__sim/wechat/code`)).status).toBe(422);
    const wrong = await fetch(`${sim.url}/__sim/wechat/code?merchantId=M-ALI-0001`);
    expect([wrong.status, ((await wrong.json()) as { code: number }).code]).toEqual([404, 22001]);
  });
});
