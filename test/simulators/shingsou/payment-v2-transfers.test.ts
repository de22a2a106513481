/**
 * Wallet transfers, refusal codes, scopes and stats of the §6.4.1 actions (`shingsou.md`), over
 * real HTTP. Bank transfers: payment-v2-bank.test.ts; bills: payment-v2-bills.test.ts; identity:
 * payment-v2-identity.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { maskAccount } from '../../../src/simulators/shingsou/ops/v2-payout-rules';
import { setKnobs, Sim, startSim, stats } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ cards: 50 });
});
afterAll(() => sim.close());

const OPEN_ID = 'o' + 'A'.repeat(26) + '1';
let n = 0;
const alipay = (fields: Record<string, unknown> = {}) =>
  sim.call('POST', '/paymentv2/Alipay/Transfer', {
    body: { merchantId: 'M-ALI-0001', outBizNo: `biz-${++n}`, payeeType: 'ALIPAY_LOGONID', payeeAccount: '13800138000', amount: 100, ...fields },
  });
const wechat = (fields: Record<string, unknown> = {}) =>
  sim.call('POST', '/paymentv2/WechatPay/Transfer', {
    body: { merchantId: 'M-WX-0001', partnerTradeNo: `ptn-${++n}`, openId: OPEN_ID, amount: 100, checkName: 'NO_CHECK', desc: '佣金', ...fields },
  });

describe('Alipay Transfer and TransferQuery', () => {
  it('pays at once and queries by outBizNo or orderId, with the payee masked', async () => {
    const res = await alipay({ outBizNo: 'ali-happy', amount: 1234, payeeRealName: '张三', remark: '奖励' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ outBizNo: 'ali-happy', orderId: expect.stringMatching(/^20240520\d{24}$/), payDate: '2024-05-20T12:00:00+08:00', status: 'SUCCESS' });
    const expected = { outBizNo: 'ali-happy', orderId: res.json.orderId, status: 'SUCCESS', amount: 1234, payeeAccount: '13***8000', payDate: '2024-05-20T12:00:00+08:00', failReason: null };
    const byKey = await sim.call('GET', '/paymentv2/Alipay/TransferQuery', { query: { merchantId: 'M-ALI-0001', outBizNo: 'ali-happy' } });
    expect(byKey.json).toEqual(expected);
    const byId = await sim.call('GET', '/paymentv2/Alipay/TransferQuery', { query: { merchantId: 'M-ALI-0001', orderId: res.json.orderId } });
    expect(byId.json).toEqual(expected);
    expect(JSON.stringify([byKey.json, byId.json])).not.toContain('张三');
  });

  it('masks as the contract shows: first two characters, ***, domain or last four', () => {
    expect(maskAccount('abcdef@x.com')).toBe('ab***@x.com');
    expect(maskAccount('2088102146225135')).toBe('20***5135');
  });

  it('replays the first result for the same key and refuses other content with 23006', async () => {
    const body = { outBizNo: 'ali-replay', amount: 500 };
    const first = await alipay(body);
    const again = await alipay(body);
    expect(again.json).toEqual(first.json);
    const otherAmount = await alipay({ ...body, amount: 501 });
    expect([otherAmount.status, otherAmount.json]).toEqual([422, { code: 23006, name: 'Transfer_KeyReusedWithOtherContent', description: '单号已使用且内容不一致' }]);
    expect((await alipay({ ...body, payeeAccount: '13800138001' })).json.code).toBe(23006);
    expect((await alipay({ ...body, payeeType: 'ALIPAY_USERID' })).json.code).toBe(23006);
  });

  it('refuses an amount under 10 fen (23003) and an unknown payee (23001)', async () => {
    expect((await alipay({ amount: 9 })).json).toEqual({ code: 23003, name: 'Transfer_AmountInvalid', description: '付款金额不合法' });
    expect((await alipay({ amount: 10 })).status).toBe(200);
    for (const payeeAccount of ['nobody@example.com', 'user-x']) {
      const res = await alipay({ payeeAccount });
      expect([res.status, res.json]).toEqual([422, { code: 23001, name: 'Transfer_PayeeInvalid', description: '收款账户不存在或不合法' }]);
    }
  });

  it('answers an unknown transfer with 404 23007, and a query without a key with 422', async () => {
    const res = await sim.call('GET', '/paymentv2/Alipay/TransferQuery', { query: { merchantId: 'M-ALI-0001', outBizNo: 'never' } });
    expect([res.status, res.json]).toEqual([404, { code: 23007, name: 'Transfer_NotFound', description: '付款记录不存在' }]);
    expect((await sim.call('GET', '/paymentv2/Alipay/TransferQuery', { query: { merchantId: 'M-ALI-0001' } })).status).toBe(422);
  });
});

describe('WeChat Pay Transfer and TransferQuery', () => {
  it('pays at once and queries by partnerTradeNo', async () => {
    const res = await wechat({ partnerTradeNo: 'wx-happy', amount: 3000, desc: '提现' });
    expect(res.json).toEqual({ partnerTradeNo: 'wx-happy', paymentNo: expect.stringMatching(/^101002120240520\d{17}$/), paymentTime: '2024-05-20T12:00:00+08:00', status: 'SUCCESS' });
    const q = await sim.call('GET', '/paymentv2/WechatPay/TransferQuery', { query: { merchantId: 'M-WX-0001', partnerTradeNo: 'wx-happy' } });
    expect(q.json).toEqual({
      partnerTradeNo: 'wx-happy', paymentNo: res.json.paymentNo, status: 'SUCCESS', openId: OPEN_ID, amount: 3000, desc: '提现',
      transferTime: '2024-05-20T12:00:00+08:00', paymentTime: '2024-05-20T12:00:00+08:00', reason: null,
    });
    const missing = await sim.call('GET', '/paymentv2/WechatPay/TransferQuery', { query: { merchantId: 'M-WX-0001', partnerTradeNo: 'nope' } });
    expect([missing.status, missing.json.code]).toEqual([404, 23007]);
  });

  it('is idempotent on partnerTradeNo, 23006 for another openId or amount', async () => {
    const first = await wechat({ partnerTradeNo: 'wx-replay' });
    expect((await wechat({ partnerTradeNo: 'wx-replay' })).json).toEqual(first.json);
    expect((await wechat({ partnerTradeNo: 'wx-replay', amount: 101 })).json.code).toBe(23006);
    expect((await wechat({ partnerTradeNo: 'wx-replay', openId: 'o' + 'B'.repeat(27) })).json.code).toBe(23006);
  });

  it('refuses under 30 fen (23003) and an openId not o + 27 characters (23001)', async () => {
    expect((await wechat({ amount: 29 })).json.code).toBe(23003);
    expect((await wechat({ amount: 30 })).status).toBe(200);
    for (const openId of ['o' + 'A'.repeat(26), 'x' + 'A'.repeat(27), 'o' + 'A'.repeat(28)]) expect((await wechat({ openId })).json.code).toBe(23001);
  });

  it('FORCE_CHECK without reUserName is a global 422; with it, the name is not echoed', async () => {
    const res = await wechat({ checkName: 'FORCE_CHECK' });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ code: 422, name: 'UnprocessableEntity', errors: { reUserName: expect.any(Array) } });
    const named = await wechat({ partnerTradeNo: 'wx-named', checkName: 'FORCE_CHECK', reUserName: '李四' });
    expect(named.status).toBe(200);
    const q = await sim.call('GET', '/paymentv2/WechatPay/TransferQuery', { query: { merchantId: 'M-WX-0001', partnerTradeNo: 'wx-named' } });
    expect(named.text + q.text).not.toContain('李四');
  });
});

describe('merchant, balance and validation', () => {
  it('an unknown merchant (or one of the other provider) is 404 22001; a disabled one 422 22003, queries included', async () => {
    for (const res of [await alipay({ merchantId: 'M-ALI-9999' }), await alipay({ merchantId: 'M-WX-0001' }), await wechat({ merchantId: 'M-ALI-0001' })]) {
      expect([res.status, res.json]).toEqual([404, { code: 22001, name: 'Merchant_NotFound', description: '商户不存在' }]);
    }
    const merchant = sim.fleet.merchants.get('M-ALI-0001')!;
    merchant.status = 'DISABLED';
    try {
      const res = await alipay();
      expect([res.status, res.json]).toEqual([422, { code: 22003, name: 'Merchant_Disabled', description: '商户已停用' }]);
      const q = await sim.call('GET', '/paymentv2/Alipay/TransferQuery', { query: { merchantId: 'M-ALI-0001', outBizNo: 'ali-happy' } });
      expect([q.status, q.json.code]).toEqual([422, 22003]);
    } finally {
      merchant.status = 'ENABLED';
    }
  });

  it('pays out at most the daily balance per merchant (knob), replays move no money, the next day starts afresh', async () => {
    // Merchants of their own, so the earlier tests' payouts do not count.
    const post = (mchId: string) => sim.call('POST', '/paymentv2/WechatPay/PostMerchant', { body: { name: '余额', appId: `wx${mchId}`, mchId } });
    const merchantId = (await post('1900000555')).json.id as string;
    const other = (await post('1900000556')).json.id as string;
    expect(await setKnobs(sim, { transferDailyBalance: 1000 })).toBe(200);
    try {
      expect((await wechat({ merchantId, partnerTradeNo: 'bal-1', amount: 600 })).status).toBe(200);
      expect((await wechat({ merchantId, partnerTradeNo: 'bal-1', amount: 600 })).status).toBe(200);
      const over = await wechat({ merchantId, partnerTradeNo: 'bal-2', amount: 401 });
      expect([over.status, over.json]).toEqual([422, { code: 23002, name: 'Transfer_BalanceInsufficient', description: '商户余额不足' }]);
      expect((await wechat({ merchantId, partnerTradeNo: 'bal-2', amount: 400 })).status).toBe(200);
      // Another merchant has its own balance.
      expect((await wechat({ merchantId: other, amount: 1000 })).status).toBe(200);
      sim.clock.advance(12 * 3600_000); // 2024-05-21 00:00 Shanghai
      const token = await sim.token(); // the cached one has expired by now
      const body = { merchantId, partnerTradeNo: 'bal-3', openId: OPEN_ID, amount: 1000, checkName: 'NO_CHECK', desc: '次日' };
      expect((await sim.call('POST', '/paymentv2/WechatPay/Transfer', { token, body })).status).toBe(200);
    } finally {
      sim.clock.advance(-12 * 3600_000);
      await setKnobs(sim, { transferDailyBalance: 1_000_000 });
    }
    expect((await alipay({ amount: 1_000_001 })).json.code).toBe(23002);
  });

  it('malformed bodies are global 422s', async () => {
    for (const body of [{}, { merchantId: 'M-ALI-0001', outBizNo: 'x', payeeType: 'EMAIL', payeeAccount: '1', amount: 100 }, { merchantId: 'M-ALI-0001', outBizNo: 'x', payeeType: 'ALIPAY_USERID', payeeAccount: '1', amount: 1.5 }]) {
      const res = await sim.call('POST', '/paymentv2/Alipay/Transfer', { body });
      expect([res.status, res.json.code]).toEqual([422, 422]);
    }
    expect((await sim.call('POST', '/paymentv2/WechatPay/Transfer', { rawBody: '{"merchantId":', headers: { 'Content-Type': 'application/json' } })).status).toBe(422);
  });
});

describe('codes, scopes and stats', () => {
  it('payment-codes lists 23001–23008', async () => {
    const res = await sim.call('GET', '/payment/Payment/Codes');
    const rows = (res.json as { code: number; name: string }[]).filter((r) => r.code >= 23001 && r.code <= 23008);
    expect(rows.map((r) => [r.code, r.name])).toEqual([
      [23001, 'Transfer_PayeeInvalid'],
      [23002, 'Transfer_BalanceInsufficient'],
      [23003, 'Transfer_AmountInvalid'],
      [23004, 'Bill_NotReady'],
      [23005, 'Transfer_DecryptFailed'],
      [23006, 'Transfer_KeyReusedWithOtherContent'],
      [23007, 'Transfer_NotFound'],
      [23008, 'OAuth_CodeInvalid'],
    ]);
  });

  const SCOPED: [string, string, string][] = [
    ['POST', '/paymentv2/Alipay/Transfer', 'iot.payment.alipay.transfer'],
    ['GET', '/paymentv2/Alipay/TransferQuery', 'iot.payment.alipay.transferquery'],
    ['GET', '/paymentv2/Alipay/BillDownload', 'iot.payment.alipay.billdownload'],
    ['POST', '/paymentv2/WechatPay/Transfer', 'iot.payment.wechatpay.transfer'],
    ['GET', '/paymentv2/WechatPay/TransferQuery', 'iot.payment.wechatpay.transferquery'],
    ['GET', '/paymentv2/WechatPay/PublicKey', 'iot.payment.wechatpay.publickey'],
    ['POST', '/paymentv2/WechatPay/TransferToBank', 'iot.payment.wechatpay.transfertobank'],
    ['GET', '/paymentv2/WechatPay/TransferToBankQuery', 'iot.payment.wechatpay.transfertobankquery'],
    ['GET', '/paymentv2/WechatPay/BillDownload', 'iot.payment.wechatpay.billdownload'],
    ['GET', '/paymentv2/WechatPay/FundflowDownload', 'iot.payment.wechatpay.fundflowdownload'],
  ];

  it.each(SCOPED)('%s %s needs %s (403 without it; no .all satisfies it)', async (method, path, scope) => {
    const without = await sim.token('iot.paymentservice.all iot.payment.alipay.query iot.payment.wechatpay.query');
    const body = method === 'POST' ? {} : undefined;
    const res = await sim.call(method, path, { token: without, body });
    expect([res.status, res.text]).toEqual([403, '']);
    const withScope = await sim.token(scope);
    expect((await sim.call(method, path, { token: withScope, body })).status).toBe(422);
  });

  it('OAuth and Code2Session need a valid token only', async () => {
    const token = await sim.token('iot.payment.alipay.query');
    expect((await sim.call('GET', '/paymentv2/WechatPay/OAuth', { token })).status).toBe(422);
    expect((await sim.call('GET', '/paymentv2/WechatPay/Code2Session', { token })).status).toBe(422);
    expect((await sim.call('GET', '/paymentv2/WechatPay/OAuth', { token: null })).status).toBe(401);
  });

  it('counts every new action in /__sim/stats under its route id', async () => {
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    for (const [method, path] of [...SCOPED, ['GET', '/paymentv2/WechatPay/OAuth'], ['GET', '/paymentv2/WechatPay/Code2Session']] as [string, string][]) {
      await sim.call(method, path, { body: method === 'POST' ? {} : undefined });
    }
    const routes = (await stats(sim)).routes as Record<string, { calls: number }>;
    expect(Object.fromEntries(Object.entries(routes).map(([id, r]) => [id, r.calls]))).toEqual({
      'alipay-transfer': 1, 'alipay-transferquery': 1, 'alipay-billdownload': 1,
      'wechatpay-transfer': 1, 'wechatpay-transferquery': 1, 'wechatpay-publickey': 1, 'wechatpay-transfertobank': 1,
      'wechatpay-transfertobankquery': 1, 'wechatpay-billdownload': 1, 'wechatpay-fundflowdownload': 1,
      'wechatpay-oauth': 1, 'wechatpay-code2session': 1,
    });
  });
});
