import { describe, expect, it } from '@jest/globals';
import { type GraphQLResult, startHarness, useHarness } from '../../support/gateway';
import { dataOf, errorOf, expectNoUpstreamCall, openIdOf, whileSlow } from './transfers-support';

/**
 * Transfers to an Alipay account and to a WeChat balance (`shingsou.md` §6.4.1) through the
 * gateway and the Shingsou simulator over real HTTP: the idempotency key (given or generated) in
 * the result and in every error, replays that move no money twice, bad input refused with no
 * upstream call, and each refusal code mapped.
 */

const TIMEOUT_MS = 500;
const harness = useHarness({ simulators: { cards: 20 }, env: { SHINGSOU_TIMEOUT_MS: String(TIMEOUT_MS) } });

const ALIPAY = `mutation ($input: CreateAlipayTransferInput!) { createAlipayTransfer(input: $input) { outBizNo merchantId orderId payDate status } }`;
const ALIPAY_QUERY = `query ($merchantId: String!, $outBizNo: String, $orderId: String) {
  alipayTransfer(merchantId: $merchantId, outBizNo: $outBizNo, orderId: $orderId) { outBizNo orderId status amount { fen formatted } maskedPayeeAccount payDate failReason }
}`;
const WECHAT = `mutation ($input: CreateWechatTransferInput!) { createWechatTransfer(input: $input) { partnerTradeNo merchantId paymentNo paymentTime status } }`;
const WECHAT_QUERY = `query ($merchantId: String!, $partnerTradeNo: String!) {
  wechatTransfer(merchantId: $merchantId, partnerTradeNo: $partnerTradeNo) { partnerTradeNo paymentNo status openId amount { fen } description transferTime paymentTime reason }
}`;

const alipayInput = (extra: Record<string, unknown> = {}) => ({ merchantId: 'M-ALI-0001', payeeType: 'LOGON_ID', payeeAccount: '13800138000', amount: 1_000, remark: '佣金', ...extra });
const wechatInput = (extra: Record<string, unknown> = {}) => ({ merchantId: 'M-WX-0001', openId: openIdOf('transfer'), amount: 500, description: '活动奖励', ...extra });

describe('createAlipayTransfer and alipayTransfer', () => {
  it('transfers with a generated outBizNo, then reads it back by outBizNo and by orderId', async () => {
    const created = dataOf<Record<string, string>>(await harness().gql(ALIPAY, { input: alipayInput() }), 'createAlipayTransfer');
    expect(created).toMatchObject({ merchantId: 'M-ALI-0001', status: 'SUCCESS', outBizNo: expect.stringMatching(/^AT[0-9a-f]{32}$/), orderId: expect.stringMatching(/^\d{32}$/) });
    expect(Date.parse(created['payDate'] ?? '')).not.toBeNaN();

    const byKey = dataOf(await harness().gql(ALIPAY_QUERY, { merchantId: 'M-ALI-0001', outBizNo: created['outBizNo'] }), 'alipayTransfer');
    expect(byKey).toEqual({
      outBizNo: created['outBizNo'],
      orderId: created['orderId'],
      status: 'SUCCESS',
      amount: { fen: 1_000, formatted: '¥10.00' },
      maskedPayeeAccount: '13***8000',
      payDate: expect.any(String),
      failReason: null,
    });
    const byOrderId = dataOf(await harness().gql(ALIPAY_QUERY, { merchantId: 'M-ALI-0001', orderId: created['orderId'] }), 'alipayTransfer');
    expect(byOrderId).toEqual(byKey);

    const stats = await harness().stats('shingsou');
    expect(stats.routes['alipay-transfer']?.calls).toBe(1);
    expect(stats.routes['alipay-transferquery']?.calls).toBe(2);
  });

  it('replays: the same outBizNo returns the first transfer; other content under it is 23006 with the key', async () => {
    const outBizNo = 'payout-2024-0001';
    const first = dataOf<Record<string, string>>(await harness().gql(ALIPAY, { input: alipayInput({ outBizNo }) }), 'createAlipayTransfer');
    const again = dataOf<Record<string, string>>(await harness().gql(ALIPAY, { input: alipayInput({ outBizNo }) }), 'createAlipayTransfer');
    expect(again).toEqual(first);
    expect(first['outBizNo']).toBe(outBizNo);

    const other = errorOf(await harness().gql(ALIPAY, { input: alipayInput({ outBizNo, amount: 2_000 }) }), 'createAlipayTransfer');
    expect(other).toMatchObject({ code: 'UPSTREAM_REJECTED', upstream: 'shingsou', upstreamCode: '23006', idempotencyKey: outBizNo, idempotencyKeyArgument: 'input.outBizNo', retryable: false });
    expect(await harness().calls('shingsou', 'alipay-transfer')).toBe(3);
  });

  it('refuses bad input before any upstream call, with the key (given or generated) in the error', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ amount: 9 }, 'input.amount'],
      [{ amount: 10_000_001 }, 'input.amount'],
      [{ payeeAccount: 'not an account' }, 'input.payeeAccount'],
      [{ payeeType: 'USER_ID', payeeAccount: '13800138000' }, 'input.payeeAccount'],
      [{ merchantId: 'M ALI 0001' }, 'input.merchantId'],
      [{ remark: ' ' }, 'input.remark'],
    ];
    for (const [extra, argument] of cases) {
      const extensions = errorOf(await harness().gql(ALIPAY, { input: alipayInput(extra) }), 'createAlipayTransfer');
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, idempotencyKey: expect.stringMatching(/^AT[0-9a-f]{32}$/), idempotencyKeyArgument: 'input.outBizNo' });
    }
    const badKey = errorOf(await harness().gql(ALIPAY, { input: alipayInput({ outBizNo: 'has space' }) }), 'createAlipayTransfer');
    expect(badKey).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.outBizNo' });
    const badQuery = errorOf(await harness().gql(ALIPAY_QUERY, { merchantId: 'M-ALI-0001' }), 'alipayTransfer');
    expect(badQuery).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'outBizNo' });
    await expectNoUpstreamCall(harness());
  });

  it('maps the refusals: 23001 unknown payee, 22001 unknown merchant, 23002 balance, 23007 unknown transfer', async () => {
    const payee = errorOf(await harness().gql(ALIPAY, { input: alipayInput({ payeeAccount: 'nobody@example.com' }) }), 'createAlipayTransfer');
    expect(payee).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '23001', upstreamMessage: '收款账户不存在或不合法', idempotencyKey: expect.any(String) });

    const merchant = errorOf(await harness().gql(ALIPAY, { input: alipayInput({ merchantId: 'M-ALI-9999' }) }), 'createAlipayTransfer');
    expect(merchant).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '22001' });

    await harness().knobs('shingsou', { transferDailyBalance: 50 });
    try {
      const result = await harness().gql(ALIPAY, { input: alipayInput({ outBizNo: 'too-much-0001', amount: 100 }) });
      const balance = errorOf(result, 'createAlipayTransfer');
      expect(balance).toMatchObject({ code: 'INSUFFICIENT_BALANCE', upstream: 'shingsou', upstreamCode: '23002', retryable: false, idempotencyKey: 'too-much-0001' });
      expect(result.errors?.[0]?.message).toContain('balance');
    } finally {
      await harness().knobs('shingsou', { transferDailyBalance: 1_000_000 });
    }

    const missing = await harness().gql(ALIPAY_QUERY, { merchantId: 'M-ALI-0001', outBizNo: 'never-sent-0001' });
    expect(errorOf(missing, 'alipayTransfer')).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '23007', upstreamMessage: '付款记录不存在' });
    expect(missing.errors?.[0]?.message).toContain('never-sent-0001');
  });

  it('maps 22003 for a disabled merchant', async () => {
    const created = dataOf<{ merchantId: string }>(
      await harness().gql(`mutation ($input: CreateMerchantInput!) { createMerchant(input: $input) { merchantId } }`, {
        input: { provider: 'ALIPAY', name: '停用商户', appId: '2021000999990001', privateKey: 'k', alipayPublicKey: 'p' },
      }),
      'createMerchant',
    );
    dataOf(await harness().gql(`mutation ($input: UpdateMerchantInput!) { updateMerchant(input: $input) { id } }`, { input: { id: created.merchantId, provider: 'ALIPAY', status: 'DISABLED' } }), 'updateMerchant');
    const disabled = errorOf(await harness().gql(ALIPAY, { input: alipayInput({ merchantId: created.merchantId }) }), 'createAlipayTransfer');
    expect(disabled).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '22003' });
  });
});

describe('createWechatTransfer and wechatTransfer', () => {
  it('transfers to a WeChat balance and reads it back', async () => {
    const created = dataOf<Record<string, string>>(await harness().gql(WECHAT, { input: wechatInput() }), 'createWechatTransfer');
    expect(created).toMatchObject({ merchantId: 'M-WX-0001', status: 'SUCCESS', partnerTradeNo: expect.stringMatching(/^WT[0-9a-f]{30}$/), paymentNo: expect.stringMatching(/^\d{32}$/) });
    const read = dataOf(await harness().gql(WECHAT_QUERY, { merchantId: 'M-WX-0001', partnerTradeNo: created['partnerTradeNo'] }), 'wechatTransfer');
    expect(read).toMatchObject({ partnerTradeNo: created['partnerTradeNo'], paymentNo: created['paymentNo'], status: 'SUCCESS', openId: openIdOf('transfer'), amount: { fen: 500 }, description: '活动奖励', reason: null });
    const stats = await harness().stats('shingsou');
    expect(stats.routes['wechatpay-transfer']?.calls).toBe(1);
    expect(stats.routes['wechatpay-transferquery']?.calls).toBe(1);
  });

  it('refuses bad input before any upstream call: amount, openId, FORCE_CHECK without a name, IP, key', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ amount: 29 }, 'input.amount'],
      [{ openId: 'o123' }, 'input.openId'],
      [{ openId: `x${'a'.repeat(27)}` }, 'input.openId'],
      [{ checkName: 'FORCE_CHECK' }, 'input.reUserName'],
      [{ clientIp: '10.0.0.300' }, 'input.clientIp'],
      [{ description: '' }, 'input.description'],
    ];
    for (const [extra, argument] of cases) {
      const extensions = errorOf(await harness().gql(WECHAT, { input: wechatInput(extra) }), 'createWechatTransfer');
      expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, idempotencyKeyArgument: 'input.partnerTradeNo' });
    }
    // WeChat Pay's key is 32 characters at most; a key refused is no key to carry.
    const longKey = errorOf(await harness().gql(WECHAT, { input: wechatInput({ partnerTradeNo: 'x'.repeat(33) }) }), 'createWechatTransfer');
    expect(longKey).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.partnerTradeNo' });
    const badQuery = errorOf(await harness().gql(WECHAT_QUERY, { merchantId: 'M-WX-0001', partnerTradeNo: 'no/slash' }), 'wechatTransfer');
    expect(badQuery).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'partnerTradeNo' });
    await expectNoUpstreamCall(harness());
  });

  it('FORCE_CHECK with a name transfers; 23007 names the unknown transfer', async () => {
    const checked = dataOf(await harness().gql(WECHAT, { input: wechatInput({ checkName: 'FORCE_CHECK', reUserName: '张三', openId: openIdOf('checked') }) }), 'createWechatTransfer');
    expect(checked).toMatchObject({ status: 'SUCCESS' });
    const missing = await harness().gql(WECHAT_QUERY, { merchantId: 'M-WX-0001', partnerTradeNo: 'never-sent-0002' });
    expect(errorOf(missing, 'wechatTransfer')).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '23007' });
    expect(missing.errors?.[0]?.message).toContain('never-sent-0002');
  });

  it('after a timeout says UPSTREAM_OUTCOME_UNKNOWN with the generated key; a resend with it moves the money once', async () => {
    const failed = await whileSlow(harness(), 'wechatpay-transfer', TIMEOUT_MS * 3, () => harness().gql(WECHAT, { input: wechatInput({ openId: openIdOf('slow') }) }));
    const extensions = errorOf(failed, 'createWechatTransfer');
    expect(extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', retryable: true, idempotencyKey: expect.stringMatching(/^WT[0-9a-f]{30}$/), idempotencyKeyArgument: 'input.partnerTradeNo' });
    const key = String(extensions['idempotencyKey']);
    expect(failed.errors?.[0]?.message).toContain(key);

    // The slow request was not lost: the simulator acts after the gateway gave up.
    await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 3));
    const first = dataOf<Record<string, string>>(await harness().gql(WECHAT_QUERY, { merchantId: 'M-WX-0001', partnerTradeNo: key }), 'wechatTransfer');
    const resent = dataOf<Record<string, string>>(await harness().gql(WECHAT, { input: wechatInput({ openId: openIdOf('slow'), partnerTradeNo: key }) }), 'createWechatTransfer');
    expect(resent['paymentNo']).toBe(first['paymentNo']);
    expect(await harness().calls('shingsou', 'wechatpay-transfer')).toBe(2);
  });
});

describe('transfer scopes', () => {
  it('refuses a key without the vendor scope with FORBIDDEN and the idempotency key, before any upstream call', async () => {
    const key = 'alipay-transfer-only-key-0123456789';
    const scoped = await startHarness({ shareSimulatorsWith: harness(), env: { API_KEYS: `${key}=iot.payment.alipay.transfer` } });
    try {
      await scoped.resetStats();
      const post = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(scoped.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query, variables }) });
        return (await response.json()) as GraphQLResult;
      };
      const wechat = errorOf(await post(WECHAT, { input: wechatInput() }), 'createWechatTransfer');
      expect(wechat).toMatchObject({ code: 'FORBIDDEN', scope: 'iot.payment.wechatpay.transfer', idempotencyKey: expect.stringMatching(/^WT/) });
      const query = errorOf(await post(ALIPAY_QUERY, { merchantId: 'M-ALI-0001', outBizNo: 'x-1' }), 'alipayTransfer');
      expect(query).toMatchObject({ code: 'FORBIDDEN', scope: 'iot.payment.alipay.transferquery' });
      await expectNoUpstreamCall(scoped);
      dataOf(await post(ALIPAY, { input: alipayInput() }), 'createAlipayTransfer');
      expect(await scoped.calls('shingsou', 'alipay-transfer')).toBe(1);
    } finally {
      await scoped.close();
    }
  });
});
