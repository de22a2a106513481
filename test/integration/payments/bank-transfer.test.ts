import { createHash, generateKeyPairSync, randomInt } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { createUpstreams, requireUpstream, type Upstreams } from '../../../src/upstreams';
import { type GraphQLResult, useHarness } from '../../support/gateway';
import { dataOf, errorOf, expectNoUpstreamCall, openIdOf } from './transfers-support';

/**
 * Transfers to a bank card (`shingsou.md` §6.4.1): the merchant's RSA key fetched once and
 * cached, the account number and name encrypted (OAEP, SHA-1) and never returned, logged or
 * quoted in an error, the query's MD5s and the status moving from PROCESSING. Every response and
 * every line of a trace-level log capture is searched for the clear values.
 */

const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(10))).join('');
const BANK_NO = `6222${digits(12)}`;
const FAILING_BANK_NO = `6217${digits(11)}0000`;
const TYPED_AS_NUMBER = `62258${digits(11)}`;
const SHORT_BANK_NO = digits(11);
const TRUE_NAME = `王${digits(6)}测试`;

const logLines: string[] = [];
const responses: GraphQLResult[] = [];
const log = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
const harness = useHarness({ simulators: { cards: 20 }, log, upstreams: { log } }, { resetStats: false });

async function gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
  const result = await harness().gql(query, variables);
  responses.push(result);
  return result;
}

const CREATE = `mutation ($input: CreateBankTransferInput!) { createBankTransfer(input: $input) { partnerTradeNo merchantId paymentNo amount { fen } fee { fen formatted } status } }`;
const READ = `query ($merchantId: String!, $partnerTradeNo: String!) {
  bankTransfer(merchantId: $merchantId, partnerTradeNo: $partnerTradeNo) { partnerTradeNo paymentNo bankNoMd5 trueNameMd5 amount { fen } fee { fen } status createdAt paySuccessAt reason }
}`;
const input = (extra: Record<string, unknown> = {}) => ({ merchantId: 'M-WX-0001', bankNo: BANK_NO, trueName: TRUE_NAME, bankCode: '1002', amount: 20_000, description: '结算', ...extra });
const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

async function until(read: () => Promise<Record<string, unknown>>, done: (value: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('createBankTransfer and bankTransfer', () => {
  it('encrypts with the merchant key fetched once for two transfers; the query shows MD5s and the status settles', async () => {
    await harness().resetStats();
    // The largest fee (¥25) needs ¥25,000 or more, above the default day's balance of ¥10,000.
    await harness().knobs('shingsou', { bankTransferDelayMs: 300, transferDailyBalance: 10_000_000 });
    const first = dataOf<Record<string, unknown>>(await gql(CREATE, { input: input() }), 'createBankTransfer');
    expect(first).toMatchObject({ merchantId: 'M-WX-0001', partnerTradeNo: expect.stringMatching(/^WB[0-9a-f]{30}$/), amount: { fen: 20_000 }, fee: { fen: 100, formatted: '¥1.00' }, status: 'PROCESSING' });
    const second = dataOf<Record<string, unknown>>(await gql(CREATE, { input: input({ amount: 3_000_000 }) }), 'createBankTransfer');
    expect(second).toMatchObject({ fee: { fen: 2_500 }, status: 'PROCESSING' });
    expect(second['paymentNo']).not.toBe(first['paymentNo']);

    const stats = await harness().stats('shingsou');
    expect(stats.routes['wechatpay-publickey']?.calls).toBe(1);
    expect(stats.routes['wechatpay-transfertobank']?.calls).toBe(2);

    const read = () => gql(READ, { merchantId: 'M-WX-0001', partnerTradeNo: first['partnerTradeNo'] }).then((r) => dataOf<Record<string, unknown>>(r, 'bankTransfer'));
    const settled = await until(read, (value) => value['status'] !== 'PROCESSING');
    expect(settled).toMatchObject({
      partnerTradeNo: first['partnerTradeNo'],
      paymentNo: first['paymentNo'],
      bankNoMd5: md5(BANK_NO),
      trueNameMd5: md5(TRUE_NAME),
      amount: { fen: 20_000 },
      fee: { fen: 100 },
      status: 'SUCCESS',
      createdAt: expect.any(String),
      paySuccessAt: expect.any(String),
      reason: null,
    });
  });

  it('replays the same partnerTradeNo without a second transfer, and ends BANK_FAIL for an account the bank refuses', async () => {
    await harness().knobs('shingsou', { bankTransferDelayMs: 0, transferDailyBalance: 10_000_000 });
    const key = 'bank-payout-0001';
    const first = dataOf<Record<string, unknown>>(await gql(CREATE, { input: input({ partnerTradeNo: key, bankNo: FAILING_BANK_NO }) }), 'createBankTransfer');
    const again = dataOf<Record<string, unknown>>(await gql(CREATE, { input: input({ partnerTradeNo: key, bankNo: FAILING_BANK_NO }) }), 'createBankTransfer');
    expect(again['paymentNo']).toBe(first['paymentNo']);
    const other = errorOf(await gql(CREATE, { input: input({ partnerTradeNo: key, bankNo: FAILING_BANK_NO, amount: 999 }) }), 'createBankTransfer');
    expect(other).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '23006', idempotencyKey: key });
    const failed = await until(
      () => gql(READ, { merchantId: 'M-WX-0001', partnerTradeNo: key }).then((r) => dataOf<Record<string, unknown>>(r, 'bankTransfer')),
      (value) => value['status'] !== 'PROCESSING',
    );
    expect(failed).toMatchObject({ status: 'BANK_FAIL', reason: '账户信息有误', bankNoMd5: md5(FAILING_BANK_NO) });
  });

  it('refuses bad input before any upstream call, never quoting the account number or name', async () => {
    await harness().resetStats();
    const cases: [Record<string, unknown>, string][] = [
      [{ bankNo: SHORT_BANK_NO }, 'input.bankNo'],
      [{ bankNo: `${BANK_NO} ` }, 'input.bankNo'],
      [{ trueName: ' ' }, 'input.trueName'],
      [{ bankCode: '102' }, 'input.bankCode'],
      [{ amount: 29 }, 'input.amount'],
      [{ merchantId: 'M/WX' }, 'input.merchantId'],
    ];
    for (const [extra, argument] of cases) {
      const result = await gql(CREATE, { input: input(extra) });
      expect(errorOf(result, 'createBankTransfer')).toMatchObject({ code: 'BAD_USER_INPUT', argument, idempotencyKey: expect.stringMatching(/^WB/) });
    }
    // A number where a String is expected: graphql-js would quote it; the gateway drops the value.
    const typed = await harness().post({ query: CREATE, variables: { input: { ...input(), bankNo: Number(TYPED_AS_NUMBER) } } });
    const typedResult = (await typed.json()) as GraphQLResult;
    responses.push(typedResult);
    expect(typedResult.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    // The same number written into the document as a literal: validation quotes it; the gateway does not.
    const inline = await harness().post({
      query: `mutation { createBankTransfer(input: { merchantId: "M-WX-0001", bankNo: ${TYPED_AS_NUMBER}, trueName: "x", bankCode: "1002", amount: 100 }) { partnerTradeNo } }`,
    });
    const inlineResult = (await inline.json()) as GraphQLResult;
    responses.push(inlineResult);
    expect(inlineResult.errors?.[0]).toMatchObject({ message: 'String cannot represent a non string value', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    await expectNoUpstreamCall(harness());
  });

  it('maps 23007 for an unknown transfer and 22001 for an unknown merchant', async () => {
    const missing = await gql(READ, { merchantId: 'M-WX-0001', partnerTradeNo: 'no-such-payout' });
    expect(errorOf(missing, 'bankTransfer')).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '23007' });
    expect(missing.errors?.[0]?.message).toBe('No bank transfer partnerTradeNo no-such-payout of merchant M-WX-0001');
    const merchant = await gql(CREATE, { input: input({ merchantId: 'M-WX-9999' }) });
    expect(errorOf(merchant, 'createBankTransfer')).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '22001', idempotencyKey: expect.stringMatching(/^WB/) });
    expect(merchant.errors?.[0]?.message).toBe('No WeChat Pay merchant M-WX-9999; see merchants');
  });

  it('found no account number, name or merchant secret in any response or log line', () => {
    expect(responses.length).toBeGreaterThanOrEqual(12);
    expect(logLines.some((line) => line.includes('23007'))).toBe(true);
    const secrets = [...harness().simulators.fleet.merchants.values()].flatMap((m) => Object.values(m.secrets ?? {}));
    const needles = [BANK_NO, FAILING_BANK_NO, TYPED_AS_NUMBER, SHORT_BANK_NO, TRUE_NAME, ...secrets.filter((s): s is string => typeof s === 'string')];
    for (const haystack of [JSON.stringify(responses), logLines.join('\n')]) for (const needle of needles) expect(haystack).not.toContain(needle);
  });
});

describe('refusals that the gateway never lets through, from its own Shingsou client over HTTP', () => {
  let upstreams: Upstreams;
  afterAll(async () => {
    await upstreams?.close();
  });

  it('23005 when the platform cannot decrypt (the cached key is forgotten), 23003 and 23001 mapped', async () => {
    upstreams = createUpstreams(harness().config);
    const shingsou = requireUpstream(upstreams, 'shingsou');
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const forgotten: string[] = [];
    const keys = { get: async () => stranger, forget: (merchantId: string) => void forgotten.push(merchantId) };
    const request = { merchantId: 'M-WX-0001', partnerTradeNo: 'undecryptable-1', bankNo: BANK_NO, trueName: TRUE_NAME, bankCode: '1002', amountFen: 5_000 };
    await expect(shingsou.transfers.toBank(request, keys)).rejects.toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '23005' });
    expect(forgotten).toEqual(['M-WX-0001']);

    const wallet = { merchantId: 'M-WX-0001', partnerTradeNo: 'tiny-0001', openId: openIdOf('tiny'), amountFen: 1, checkName: 'NO_CHECK' as const, description: 'x' };
    await expect(shingsou.transfers.wechat(wallet)).rejects.toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '23003', upstreamMessage: '付款金额不合法' });
    await expect(shingsou.transfers.wechat({ ...wallet, partnerTradeNo: 'bad-openid-1', amountFen: 100, openId: 'o1' })).rejects.toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamCode: '23001' });
  });
});
