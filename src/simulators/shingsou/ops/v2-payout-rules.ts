/**
 * Rules every payment-v2 payout shares (`shingsou.md` §6.4.1), written once: idempotent replay on
 * merchant + key (`23006` when the content differs), the amount minimum (`23003`), the merchant's
 * daily balance (`23002`, knob `transferDailyBalance`), and the providers' payout numbers.
 */
import { formatDay, startOfShanghaiDay } from '../../shared/time';
import { CODES } from '../codes';
import { business } from '../errors';
import type { OpContext } from '../gateway/operation';
import type { Payout } from '../payout-state';

/** The first result for a reused key, or `undefined` for a new key; another payee or amount is `23006`. */
export function replay<P extends Payout>(existing: P | undefined, fingerprint: string): P | undefined {
  if (existing && existing.fingerprint !== fingerprint) throw business(CODES.TransferKeyReusedWithOtherContent);
  return existing;
}

/** Alipay: at least 10 fen (¥0.10); WeChat Pay: 30 fen (¥0.30). */
export function requireMinimum(amount: number, min: number): void {
  if (amount < min) throw business(CODES.TransferAmountInvalid);
}

/** `cost` (amount plus any fee) must fit in what is left of today's balance. */
export function requireBalance(ctx: OpContext, merchantId: string, cost: number): void {
  const spent = ctx.state.payouts.paidOut(merchantId, startOfShanghaiDay(ctx.now));
  if (spent + cost > ctx.state.knobs.get().transferDailyBalance) throw business(CODES.TransferBalanceInsufficient);
}

/** 32 digits, shaped like the contract's examples: a head with the Shanghai day, then a sequence. */
const payoutNumber = (head: string, n: number): string => head + String(n).padStart(32 - head.length, '0');

/** Alipay `orderId`, e.g. `20240520110070000000000000000001`. */
export const alipayOrderId = (ctx: OpContext): string => payoutNumber(`${formatDay(ctx.now)}11007000`, ctx.state.next('alipay-transfer'));

/** WeChat Pay `paymentNo`, e.g. `10100212024052000000000000000001`; wallet and bank payouts share the sequence. */
export const wechatPaymentNo = (ctx: OpContext): string => payoutNumber(`1010021${formatDay(ctx.now)}`, ctx.state.next('wechat-payment'));

/** Alipay's masking (§6.4.1): first two characters, `***`, then the domain or the last four digits. */
export function maskAccount(account: string): string {
  const at = account.indexOf('@');
  if (at >= 0) return `${account.slice(0, Math.min(2, at))}***${account.slice(at)}`;
  return `${account.slice(0, 2)}***${account.slice(-4)}`;
}
