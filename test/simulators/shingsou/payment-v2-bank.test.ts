/**
 * WeChat Pay PublicKey, TransferToBank and TransferToBankQuery (`shingsou.md` §6.4.1) over real
 * HTTP: the RSA-OAEP (SHA-1) round trip, settlement after the knob delay, BANK_FAIL, the fee, the
 * refusals, and that the clear bank number and name appear in no answer and no log.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { constants, createHash, createPublicKey, generateKeyPairSync, publicEncrypt } from 'node:crypto';
import { setKnobs, Sim, startSim } from './harness';

let sim: Sim;
let pem: string;
const replies: string[] = [];
const logged: string[] = [];

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
  }
  sim = await startSim({ cards: 50 });
  await setKnobs(sim, { bankTransferDelayMs: 50 });
  const key = await sim.call('GET', '/paymentv2/WechatPay/PublicKey', { query: { merchantId: 'M-WX-0001' } });
  pem = key.json.pubKey;
});
afterAll(async () => {
  await sim.close();
  jest.restoreAllMocks();
});

const BANK_NO = '6222020200112233445';
const NAME = '王小明';
const FAILING_BANK_NO = '6222020200112230000';

const encrypt = (text: string, key = pem): string =>
  publicEncrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(text, 'utf8')).toString('base64');
const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

let n = 0;
async function toBank(fields: Record<string, unknown> & { bankNo?: string; name?: string } = {}) {
  const { bankNo = BANK_NO, name = NAME, ...rest } = fields;
  const res = await sim.call('POST', '/paymentv2/WechatPay/TransferToBank', {
    body: { merchantId: 'M-WX-0001', partnerTradeNo: `bank-${++n}`, encBankNo: encrypt(bankNo), encTrueName: encrypt(name), bankCode: '1002', amount: 10_000, desc: '提现', ...rest },
  });
  replies.push(res.text);
  return res;
}
async function query(partnerTradeNo: string, merchantId = 'M-WX-0001') {
  const res = await sim.call('GET', '/paymentv2/WechatPay/TransferToBankQuery', { query: { merchantId, partnerTradeNo } });
  replies.push(res.text);
  return res;
}
async function settled(partnerTradeNo: string) {
  for (let i = 0; i < 100; i++) {
    const res = await query(partnerTradeNo);
    if (res.json.status !== 'PROCESSING') return res;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${partnerTradeNo} never settled`);
}

async function newMerchant(mchId: string): Promise<{ merchantId: string; keyPem: string }> {
  const created = await sim.call('POST', '/paymentv2/WechatPay/PostMerchant', { body: { name: '新商户', appId: `wx${mchId}`, mchId } });
  const merchantId = created.json.id as string;
  const keyPem = (await sim.call('GET', '/paymentv2/WechatPay/PublicKey', { query: { merchantId } })).json.pubKey as string;
  return { merchantId, keyPem };
}

afterEach(() => {
  for (const text of [...replies, ...logged]) {
    expect(text).not.toContain(BANK_NO);
    expect(text).not.toContain(FAILING_BANK_NO);
    expect(text).not.toContain(NAME);
  }
});

describe('PublicKey', () => {
  it('is a 2048-bit PKCS#1 PEM, the same on every call, one pair per merchant', async () => {
    expect(pem).toMatch(/^-----BEGIN RSA PUBLIC KEY-----\n[\s\S]+\n-----END RSA PUBLIC KEY-----\n?$/);
    expect(createPublicKey(pem).asymmetricKeyDetails?.modulusLength).toBe(2048);
    const again = await sim.call('GET', '/paymentv2/WechatPay/PublicKey', { query: { merchantId: 'M-WX-0001' } });
    expect(again.json).toEqual({ mchId: '1900000109', pubKey: pem });
    const other = await sim.call('POST', '/paymentv2/WechatPay/PostMerchant', { body: { name: '二号', appId: 'wxsecond', mchId: '1900000222' } });
    const otherKey = await sim.call('GET', '/paymentv2/WechatPay/PublicKey', { query: { merchantId: other.json.id } });
    expect(otherKey.json.mchId).toBe('1900000222');
    expect(otherKey.json.pubKey).not.toBe(pem);
    expect((await sim.call('GET', '/paymentv2/WechatPay/PublicKey', { query: { merchantId: 'M-WX-0404' } })).status).toBe(404);
  });
});

describe('TransferToBank', () => {
  it('decrypts, answers PROCESSING with the fee, and settles SUCCESS after the knob delay', async () => {
    const res = await toBank({ partnerTradeNo: 'bank-ok', amount: 10_000 });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ partnerTradeNo: 'bank-ok', paymentNo: expect.stringMatching(/^\d{32}$/), amount: 10_000, cmmsAmount: 100, status: 'PROCESSING' });
    const processing = await query('bank-ok');
    expect(processing.json).toEqual({
      partnerTradeNo: 'bank-ok', paymentNo: res.json.paymentNo, bankNoMd5: md5(BANK_NO), trueNameMd5: md5(NAME), amount: 10_000, cmmsAmount: 100,
      status: 'PROCESSING', createdAt: '2024-05-20T12:00:00+08:00', paySuccessAt: null, reason: null,
    });
    sim.clock.advance(1000);
    const done = await settled('bank-ok');
    expect(done.json).toMatchObject({ status: 'SUCCESS', paySuccessAt: '2024-05-20T12:00:01+08:00', reason: null });
  });

  it('a bank number ending in 0000 ends BANK_FAIL with 账户信息有误', async () => {
    await toBank({ partnerTradeNo: 'bank-fail', bankNo: FAILING_BANK_NO });
    expect((await settled('bank-fail')).json).toMatchObject({ status: 'BANK_FAIL', paySuccessAt: null, reason: '账户信息有误', bankNoMd5: md5(FAILING_BANK_NO) });
  });

  it('charges a fee of 0.1 % of the amount, at least 100 and at most 2,500 fen', async () => {
    // A merchant of its own: these amounts would use up M-WX-0001's day.
    const { merchantId, keyPem } = await newMerchant('1900000444');
    await setKnobs(sim, { transferDailyBalance: 100_000_000 });
    try {
      for (const [amount, fee] of [[1000, 100], [100_000, 100], [250_000, 250], [812_345, 812], [3_000_000, 2500]] as const) {
        const res = await toBank({ merchantId, amount, encBankNo: encrypt(BANK_NO, keyPem), encTrueName: encrypt(NAME, keyPem) });
        expect([amount, res.json.cmmsAmount]).toEqual([amount, fee]);
      }
    } finally {
      await setKnobs(sim, { transferDailyBalance: 1_000_000 });
    }
  });

  it('replays the transfer for the same key and content (ciphertexts differ), 23006 for other content', async () => {
    const first = await toBank({ partnerTradeNo: 'bank-replay', amount: 5000 });
    const again = await toBank({ partnerTradeNo: 'bank-replay', amount: 5000 });
    expect(again.json.paymentNo).toBe(first.json.paymentNo);
    expect(again.json).toMatchObject({ amount: 5000, cmmsAmount: 100 });
    for (const other of [{ amount: 5001 }, { bankNo: '6222020200112233446' }, { name: '王小红' }, { bankCode: '1005' }]) {
      const res = await toBank({ partnerTradeNo: 'bank-replay', amount: 5000, ...other });
      expect([res.status, res.json.code]).toEqual([422, 23006]);
    }
  });

  it('refuses what does not decrypt with 23005', async () => {
    const { publicKey: stranger } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const strangerPem = stranger.export({ type: 'pkcs1', format: 'pem' }).toString();
    const pkcs1 = publicEncrypt({ key: pem, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(BANK_NO)).toString('base64');
    const sha256 = publicEncrypt({ key: pem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(BANK_NO)).toString('base64');
    for (const encBankNo of ['not base64 at all!', Buffer.from(BANK_NO).toString('base64'), encrypt(BANK_NO, strangerPem), pkcs1, sha256]) {
      const res = await toBank({ encBankNo });
      expect([res.status, res.json]).toEqual([422, { code: 23005, name: 'Transfer_DecryptFailed', description: '加密信息无法解密' }]);
    }
    expect((await toBank({ encTrueName: encrypt(NAME, strangerPem) })).json.code).toBe(23005);
  });

  it('refuses a bank number that is not 12 to 19 digits (23001), under 30 fen (23003), over the balance with the fee (23002)', async () => {
    for (const bankNo of ['62220202001', '62220202001122334455', '6222-0202-0011-2233']) expect((await toBank({ bankNo })).json.code).toBe(23001);
    expect((await toBank({ bankNo: '622202020011' })).status).toBe(200);
    expect((await toBank({ name: '  ' })).json.code).toBe(23001);
    expect((await toBank({ amount: 29 })).json.code).toBe(23003);
    const { merchantId, keyPem } = await newMerchant('1900000333');
    await setKnobs(sim, { transferDailyBalance: 10_099 });
    try {
      const body = (amount: number) => ({ merchantId, partnerTradeNo: `own-${amount}`, encBankNo: encrypt(BANK_NO, keyPem), encTrueName: encrypt(NAME, keyPem), bankCode: '1001', amount });
      const over = await sim.call('POST', '/paymentv2/WechatPay/TransferToBank', { body: body(10_000) });
      expect([over.status, over.json.code]).toEqual([422, 23002]);
      expect((await sim.call('POST', '/paymentv2/WechatPay/TransferToBank', { body: body(9_999) })).json.status).toBe('PROCESSING');
    } finally {
      await setKnobs(sim, { transferDailyBalance: 1_000_000 });
    }
  });

  it('validates the body (bankCode 4 digits) and the merchant (22001, 22003); an unknown transfer is 404 23007', async () => {
    expect((await toBank({ bankCode: '12' })).json).toMatchObject({ code: 422, errors: { bankCode: expect.any(Array) } });
    const unknown = await toBank({ merchantId: 'M-WX-0404' });
    expect([unknown.status, unknown.json.code]).toEqual([404, 22001]);
    sim.fleet.merchants.get('M-WX-0001')!.status = 'DISABLED';
    try {
      expect((await toBank()).json.code).toBe(22003);
      expect((await query('bank-ok')).json.code).toBe(22003);
    } finally {
      sim.fleet.merchants.get('M-WX-0001')!.status = 'ENABLED';
    }
    const missing = await query('bank-never');
    expect([missing.status, missing.json.code]).toEqual([404, 23007]);
  });
});
