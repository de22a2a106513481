import { isIP } from 'node:net';
import { MAX_MERCHANT_PAYMENT_FEN, payActionsOf, payActionSpec, type PayActionSpec } from '../../domain';
import type { MerchantPayRequest } from '../../upstreams/shingsou/merchant-payments';
import { BadUserInputError } from '../errors';
import type { CreateMerchantPaymentInput } from './create-merchant-payment.input';
import { checkMerchantId } from './merchant.checks';
import { checkCardRef, checkUrl, settledKey } from '../payment/payment.checks';

/** Checks for `createMerchantPayment` (`shingsou.md` §6.4): bad input fails here, before any call. */

export interface CheckedMerchantPayment {
  action: PayActionSpec;
  request: MerchantPayRequest;
}

const present = (value: string | null | undefined): value is string => value !== null && value !== undefined;

function optionalText(value: string | null | undefined, argument: string, max: number): string | undefined {
  if (!present(value)) return undefined;
  if (value.trim() === '' || value.length > max) throw new BadUserInputError(argument, `must be 1 to ${max} characters`);
  return value;
}

export function checkMerchantPayment(input: CreateMerchantPaymentInput): CheckedMerchantPayment {
  const action = payActionSpec(input.provider, input.channel);
  if (!action) throw new BadUserInputError('input.channel', `${input.provider} offers ${payActionsOf(input.provider).join(', ')}`);
  const merchantId = checkMerchantId(input.merchantId, 'input.merchantId');
  if (!Number.isSafeInteger(input.amount) || input.amount < 1 || input.amount > MAX_MERCHANT_PAYMENT_FEN) {
    throw new BadUserInputError('input.amount', `must be a whole number of fen from 1 to ${MAX_MERCHANT_PAYMENT_FEN}`);
  }
  const subject = input.subject.trim();
  if (subject === '' || subject.length > 256) throw new BadUserInputError('input.subject', 'must be 1 to 256 characters');
  // §6.4: a card and a product together make a recharge order; one alone is a mistake.
  if (present(input.card) !== (input.package !== null && input.package !== undefined)) {
    throw new BadUserInputError(present(input.card) ? 'input.package' : 'input.card', 'card and package go together (a recharge order), or neither');
  }
  const cardNo = present(input.card) ? checkCardRef(input.card, 'input.card') : undefined;
  if (input.package !== null && input.package !== undefined && (!Number.isSafeInteger(input.package) || input.package < 1)) {
    throw new BadUserInputError('input.package', 'must be a package id from packages');
  }
  const openId = optionalText(input.openId, 'input.openId', 128);
  if (action.needs === 'openId' && !openId) throw new BadUserInputError('input.openId', `is required for ${input.channel} (the payer's WeChat openId)`);
  const authCode = optionalText(input.authCode, 'input.authCode', 128);
  if (action.needs === 'authCode' && !authCode) throw new BadUserInputError('input.authCode', `is required for ${input.channel} (the payer's 付款码)`);
  if (present(input.clientIp) && isIP(input.clientIp) === 0) throw new BadUserInputError('input.clientIp', 'must be an IPv4 or IPv6 address');
  return {
    action,
    request: {
      merchantId,
      outTradeNo: settledKey(input.outTradeNo, 'input.outTradeNo'),
      amountFen: input.amount,
      subject,
      cardNo,
      productId: input.package ?? undefined,
      notifyUrl: present(input.notifyUrl) ? checkUrl(input.notifyUrl, 'input.notifyUrl') : undefined,
      returnUrl: present(input.returnUrl) ? checkUrl(input.returnUrl, 'input.returnUrl') : undefined,
      openId,
      authCode,
      clientIp: input.clientIp ?? undefined,
    },
  };
}
