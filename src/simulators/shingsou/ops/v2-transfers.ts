/**
 * Transfers to a wallet (`shingsou.md` §6.4.1): Alipay `Transfer` / `TransferQuery`
 * (单笔转账到支付宝账户) and WeChat Pay `Transfer` / `TransferQuery` (企业付款到零钱). Both settle
 * at once (`SUCCESS`); the shared rules are in `v2-payout-rules.ts`.
 */
import { z } from 'zod';
import { isoShanghai } from '../../shared/time';
import { CODES } from '../codes';
import { business, codedNotFound, unprocessable } from '../errors';
import { ok, type Operation } from '../gateway/operation';
import type { AlipayTransfer, WechatTransfer } from '../payout-state';
import { ALIPAY, requireActiveMerchant, v2Op, WECHATPAY } from './v2-provider';
import { alipayOrderId, maskAccount, replay, requireBalance, requireMinimum, wechatPaymentNo } from './v2-payout-rules';

const alipayBody = z.object({
  merchantId: z.string().min(1),
  outBizNo: z.string().trim().min(1).max(64),
  payeeType: z.enum(['ALIPAY_LOGONID', 'ALIPAY_USERID']),
  payeeAccount: z.string().trim().min(1).max(100),
  amount: z.number().int(),
  payeeRealName: z.string().trim().max(100).optional(),
  remark: z.string().max(200).optional(),
});

/** The simulator's payees (§6.4.1): an account is known when it ends in a digit. */
const KNOWN_PAYEE = /\d$/;

/** WeChat `openid`: `o` + 27 characters of its base64url alphabet. */
const OPEN_ID = /^o[A-Za-z0-9_-]{27}$/;

const alipayView = (t: AlipayTransfer) => ({ outBizNo: t.key, orderId: t.number, payDate: isoShanghai(t.createdAt), status: 'SUCCESS' });

const alipayTransfer = v2Op(ALIPAY, 'Transfer', 'POST', (ctx) => {
  const body = ctx.json(alipayBody);
  const merchant = requireActiveMerchant(ctx, ALIPAY, body.merchantId);
  const fingerprint = JSON.stringify([body.payeeType, body.payeeAccount, body.amount]);
  const first = replay(ctx.state.payouts.find('ALIPAY_TRANSFER', merchant.id, body.outBizNo), fingerprint);
  if (first) return ok(alipayView(first));
  requireMinimum(body.amount, 10);
  if (!KNOWN_PAYEE.test(body.payeeAccount)) throw business(CODES.TransferPayeeInvalid);
  requireBalance(ctx, merchant.id, body.amount);
  const transfer: AlipayTransfer = {
    kind: 'ALIPAY_TRANSFER',
    merchantId: merchant.id,
    key: body.outBizNo,
    number: alipayOrderId(ctx),
    fingerprint,
    amount: body.amount,
    fee: 0,
    createdAt: ctx.now,
    payeeType: body.payeeType,
    payeeAccount: body.payeeAccount,
    remark: body.remark ?? null,
  };
  ctx.state.payouts.add(transfer);
  return ok(alipayView(transfer));
});

const alipayTransferQuery = v2Op(ALIPAY, 'TransferQuery', 'GET', (ctx) => {
  const q = ctx.params(z.object({ merchantid: z.string().min(1, 'is required'), outbizno: z.string().optional(), orderid: z.string().optional() }));
  if (!q.outbizno && !q.orderid) throw unprocessable({ outBizNo: ['outBizNo or orderId is required'] });
  const merchant = requireActiveMerchant(ctx, ALIPAY, q.merchantid);
  const t = q.outbizno
    ? ctx.state.payouts.find('ALIPAY_TRANSFER', merchant.id, q.outbizno)
    : ctx.state.payouts.findByNumber('ALIPAY_TRANSFER', merchant.id, q.orderid as string);
  if (!t) throw codedNotFound(CODES.TransferNotFound);
  return ok({
    outBizNo: t.key,
    orderId: t.number,
    status: 'SUCCESS',
    amount: t.amount,
    payeeAccount: maskAccount(t.payeeAccount),
    payDate: isoShanghai(t.createdAt),
    failReason: null,
  });
});

const wechatBody = z
  .object({
    merchantId: z.string().min(1),
    partnerTradeNo: z.string().trim().min(1).max(32),
    openId: z.string().min(1).max(128),
    amount: z.number().int(),
    checkName: z.enum(['NO_CHECK', 'FORCE_CHECK']),
    // The payee's real name: compared by the provider, never kept here (§7.9).
    reUserName: z.string().trim().min(1).max(64).optional(),
    desc: z.string().trim().min(1).max(100),
    clientIp: z.string().max(64).optional(),
  })
  .refine((b) => b.checkName !== 'FORCE_CHECK' || b.reUserName !== undefined, { message: 'is required when checkName is FORCE_CHECK', path: ['reUserName'] });

const wechatView = (t: WechatTransfer) => ({ partnerTradeNo: t.key, paymentNo: t.number, paymentTime: isoShanghai(t.createdAt), status: 'SUCCESS' });

const wechatTransfer = v2Op(WECHATPAY, 'Transfer', 'POST', (ctx) => {
  const body = ctx.json(wechatBody);
  const merchant = requireActiveMerchant(ctx, WECHATPAY, body.merchantId);
  const fingerprint = JSON.stringify([body.openId, body.amount]);
  const first = replay(ctx.state.payouts.find('WECHAT_TRANSFER', merchant.id, body.partnerTradeNo), fingerprint);
  if (first) return ok(wechatView(first));
  requireMinimum(body.amount, 30);
  if (!OPEN_ID.test(body.openId)) throw business(CODES.TransferPayeeInvalid);
  requireBalance(ctx, merchant.id, body.amount);
  const transfer: WechatTransfer = {
    kind: 'WECHAT_TRANSFER',
    merchantId: merchant.id,
    key: body.partnerTradeNo,
    number: wechatPaymentNo(ctx),
    fingerprint,
    amount: body.amount,
    fee: 0,
    createdAt: ctx.now,
    openId: body.openId,
    desc: body.desc,
  };
  ctx.state.payouts.add(transfer);
  return ok(wechatView(transfer));
});

const wechatTransferQuery = v2Op(WECHATPAY, 'TransferQuery', 'GET', (ctx) => {
  const q = ctx.params(z.object({ merchantid: z.string().min(1, 'is required'), partnertradeno: z.string().min(1, 'is required') }));
  const merchant = requireActiveMerchant(ctx, WECHATPAY, q.merchantid);
  const t = ctx.state.payouts.find('WECHAT_TRANSFER', merchant.id, q.partnertradeno);
  if (!t) throw codedNotFound(CODES.TransferNotFound);
  return ok({
    partnerTradeNo: t.key,
    paymentNo: t.number,
    status: 'SUCCESS',
    openId: t.openId,
    amount: t.amount,
    desc: t.desc,
    transferTime: isoShanghai(t.createdAt),
    paymentTime: isoShanghai(t.createdAt),
    reason: null,
  });
});

export const TRANSFER_OPERATIONS: readonly Operation[] = [alipayTransfer, alipayTransferQuery, wechatTransfer, wechatTransferQuery];
