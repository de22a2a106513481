import { classifyCardIdentifier, RECHARGE_PAY_CHANNELS, type PayChannel, type PaymentProvider } from '../../domain';
import { requireScope } from '../auth-checker';
import type { GatewayContext } from '../context';
import { BadUserInputError } from '../errors';

/** Argument checks for packages, orders and payments: bad input fails here, before any call. */

/** A card as Shingsou's `cardNo` takes it: ICCID or MSISDN (`shingsou.md` §3), canonical. */
export function checkCardRef(value: string, argument: string): string {
  const parsed = classifyCardIdentifier(value);
  if (!parsed.ok) throw new BadUserInputError(argument, parsed.reason);
  if (parsed.value.kind === 'IMSI') throw new BadUserInputError(argument, 'give the ICCID or MSISDN; orders are not searchable by IMSI');
  return parsed.value.value;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `yyyy-MM-dd`, a real calendar day between 2000 and 2099. */
export function checkDate(value: string, argument: string): string {
  const match = DATE.exec(value.trim());
  const [year, month, day] = (match?.slice(1) ?? []).map(Number) as [number?, number?, number?];
  const valid =
    year !== undefined && month !== undefined && day !== undefined && year >= 2000 && year <= 2099 &&
    new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
  if (!valid) throw new BadUserInputError(argument, 'must be a calendar day as yyyy-MM-dd between 2000 and 2099');
  return value.trim();
}

export function checkDateRange(from: string | undefined, to: string | undefined, toArgument: string): void {
  if (from !== undefined && to !== undefined && to < from) throw new BadUserInputError(toArgument, 'must not be before from');
}

/** 1-64 letters, digits, `_` or `-`: what Shingsou takes as an order number or key (§6.3, §6.4). */
const KEY = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Order numbers and idempotency keys, checked here only (`IdempotentWrite` calls it too).
 * `maxLength` below 64 for a provider's shorter key (WeChat Pay's `partnerTradeNo`: 32).
 */
export function checkKey(value: string, argument: string, maxLength = 64): string {
  if (!KEY.test(value) || value.length > maxLength) throw new BadUserInputError(argument, `must be 1 to ${maxLength} letters, digits, _ or -`);
  return value;
}

/**
 * The idempotency key `IdempotentWrite` settled before the resolver ran (the client's, already
 * checked by it, or a generated one): a retry of the same upstream call reuses it (`shingsou.md` §8.7).
 */
export function settledKey(value: string | null | undefined, argument: string): string {
  if (value === null || value === undefined) throw new Error(`${argument} was not settled: the mutation lacks @UseMiddleware(IdempotentWrite)`);
  return value;
}

export function checkRechargeChannel(payMethod: PayChannel, openId: string | null | undefined): void {
  if (!RECHARGE_PAY_CHANNELS.has(payMethod)) {
    throw new BadUserInputError('payMethod', `${payMethod} is for v2 orders; a recharge takes ${[...RECHARGE_PAY_CHANNELS].join(', ')}`);
  }
  if (payMethod === 'WECHAT_JSAPI' && !openId?.trim()) throw new BadUserInputError('openId', "is required for WECHAT_JSAPI (the payer's WeChat openId)");
  if (openId !== null && openId !== undefined && (openId.length > 128 || openId.trim() === '')) {
    throw new BadUserInputError('openId', 'must be 1 to 128 characters');
  }
}

/** An http(s) URL of at most 2048 characters. */
export function checkUrl(value: string, argument: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || value.length > 2048) {
    throw new BadUserInputError(argument, 'must be an http or https URL of at most 2048 characters');
  }
  return value;
}

export function checkRefundAmount(amountFen: number): number {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) throw new BadUserInputError('amountFen', 'must be a whole number of fen, at least 1');
  return amountFen;
}

/**
 * The v2 payment scopes depend on the provider argument (`iot.payment.alipay.refund` or
 * `iot.payment.wechatpay.refund`, `shingsou.md` §2.5), which a static `@Authorized` cannot
 * express; this is `requireScope` (the check `scopeAuthChecker` makes), run once the argument
 * is known and still before any upstream call.
 */
export function requireProviderScope(ctx: GatewayContext, provider: PaymentProvider, action: string): void {
  const scope = `iot.payment.${provider === 'ALIPAY' ? 'alipay' : 'wechatpay'}.${action}`;
  requireScope(ctx, scope);
}
