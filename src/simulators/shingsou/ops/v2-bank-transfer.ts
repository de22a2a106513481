/**
 * WeChat Pay 企业付款到银行卡 (`shingsou.md` §6.4.1): `PublicKey`, `TransferToBank` and
 * `TransferToBankQuery`. The caller encrypts the bank number and the holder's name with the
 * merchant's RSA public key (OAEP, SHA-1, base64); the simulator decrypts them, checks them, and
 * keeps only their MD5: the clear values live in this request's locals and nowhere else.
 */
import { constants, createHash, privateDecrypt } from 'node:crypto';
import { z } from 'zod';
import { isoShanghai } from '../../shared/time';
import { CODES } from '../codes';
import { business, codedNotFound } from '../errors';
import { ok, type OpContext, type Operation } from '../gateway/operation';
import type { BankTransfer } from '../payout-state';
import { replay, requireBalance, requireMinimum, wechatPaymentNo } from './v2-payout-rules';
import { requireActiveMerchant, v2Op, WECHATPAY } from './v2-provider';

/** The bank's answer for a bank number ending in `0000` (§6.4.1). */
const BANK_FAIL_REASON = '账户信息有误';

const md5 = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

/** The fee `cmmsAmount`: 0.1 % of the amount, rounded to the fen, at least 100 and at most 2,500. */
export const bankFee = (amount: number): number => Math.min(2500, Math.max(100, Math.round(amount / 1000)));

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** RSA-OAEP (SHA-1) + base64 as the provider specifies; anything else is `23005`. */
async function decrypt(ctx: OpContext, merchantId: string, encrypted: string): Promise<string> {
  const { privateKey } = await ctx.state.payouts.merchantKeys(merchantId);
  if (!BASE64.test(encrypted)) throw business(CODES.TransferDecryptFailed);
  try {
    const clear = privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(encrypted, 'base64'));
    return utf8.decode(clear);
  } catch {
    throw business(CODES.TransferDecryptFailed);
  }
}

const publicKey = v2Op(WECHATPAY, 'PublicKey', 'GET', async (ctx) => {
  const q = ctx.params(z.object({ merchantid: z.string().min(1, 'is required') }));
  const merchant = requireActiveMerchant(ctx, WECHATPAY, q.merchantid);
  const keys = await ctx.state.payouts.merchantKeys(merchant.id);
  return ok({ mchId: merchant.mchId, pubKey: keys.publicKey.export({ type: 'pkcs1', format: 'pem' }) });
});

const bankBody = z.object({
  merchantId: z.string().min(1),
  partnerTradeNo: z.string().trim().min(1).max(32),
  encBankNo: z.string().trim().min(1).max(4096),
  encTrueName: z.string().trim().min(1).max(4096),
  bankCode: z.string().regex(/^\d{4}$/, 'must be 4 digits'),
  amount: z.number().int(),
  desc: z.string().max(100).optional(),
});

const bankView = (t: BankTransfer) => ({ partnerTradeNo: t.key, paymentNo: t.number, amount: t.amount, cmmsAmount: t.fee, status: t.status });

/** PROCESSING → SUCCESS, or BANK_FAIL, after the `bankTransferDelayMs` knob (default 2 s). */
function settleLater(ctx: OpContext, t: BankTransfer): void {
  ctx.state.later(ctx.state.knobs.get().bankTransferDelayMs, () => {
    if (t.status !== 'PROCESSING') return;
    if (t.failReason !== null) {
      t.status = 'BANK_FAIL';
      t.reason = t.failReason;
    } else {
      t.status = 'SUCCESS';
      t.paySuccessAt = ctx.fleet.now();
    }
  });
}

const transferToBank = v2Op(WECHATPAY, 'TransferToBank', 'POST', async (ctx) => {
  const body = ctx.json(bankBody);
  const merchant = requireActiveMerchant(ctx, WECHATPAY, body.merchantId);
  const bankNo = await decrypt(ctx, merchant.id, body.encBankNo);
  const trueName = (await decrypt(ctx, merchant.id, body.encTrueName)).trim();
  const bankNoMd5 = md5(bankNo);
  const trueNameMd5 = md5(trueName);
  const fingerprint = JSON.stringify([bankNoMd5, trueNameMd5, body.bankCode, body.amount]);
  // Replays answer the transfer as it stands now (it may have settled since the first call).
  const first = replay(ctx.state.payouts.find('WECHAT_BANK', merchant.id, body.partnerTradeNo), fingerprint);
  if (first) return ok(bankView(first));
  requireMinimum(body.amount, 30);
  if (!/^\d{12,19}$/.test(bankNo) || trueName === '') throw business(CODES.TransferPayeeInvalid);
  const fee = bankFee(body.amount);
  requireBalance(ctx, merchant.id, body.amount + fee);
  const transfer: BankTransfer = {
    kind: 'WECHAT_BANK',
    merchantId: merchant.id,
    key: body.partnerTradeNo,
    number: wechatPaymentNo(ctx),
    fingerprint,
    amount: body.amount,
    fee,
    createdAt: ctx.now,
    bankNoMd5,
    trueNameMd5,
    bankCode: body.bankCode,
    desc: body.desc ?? null,
    status: 'PROCESSING',
    failReason: bankNo.endsWith('0000') ? BANK_FAIL_REASON : null,
    paySuccessAt: null,
    reason: null,
  };
  ctx.state.payouts.add(transfer);
  settleLater(ctx, transfer);
  return ok(bankView(transfer));
});

const transferToBankQuery = v2Op(WECHATPAY, 'TransferToBankQuery', 'GET', (ctx) => {
  const q = ctx.params(z.object({ merchantid: z.string().min(1, 'is required'), partnertradeno: z.string().min(1, 'is required') }));
  const merchant = requireActiveMerchant(ctx, WECHATPAY, q.merchantid);
  const t = ctx.state.payouts.find('WECHAT_BANK', merchant.id, q.partnertradeno);
  if (!t) throw codedNotFound(CODES.TransferNotFound);
  return ok({
    partnerTradeNo: t.key,
    paymentNo: t.number,
    bankNoMd5: t.bankNoMd5,
    trueNameMd5: t.trueNameMd5,
    amount: t.amount,
    cmmsAmount: t.fee,
    status: t.status,
    createdAt: isoShanghai(t.createdAt),
    paySuccessAt: t.paySuccessAt === null ? null : isoShanghai(t.paySuccessAt),
    reason: t.reason,
  });
});

export const BANK_TRANSFER_OPERATIONS: readonly Operation[] = [publicKey, transferToBank, transferToBankQuery];
