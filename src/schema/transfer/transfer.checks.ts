import { isIP } from 'node:net';
import {
  BANK_ACCOUNT_NUMBER,
  MAX_TRANSFER_FEN,
  MIN_ALIPAY_TRANSFER_FEN,
  MIN_WECHAT_TRANSFER_FEN,
  WECHAT_BANK_CODE,
  WECHAT_OPEN_ID,
} from '../../domain';
import type { AlipayTransferRequest, BankTransferRequest, WechatTransferRequest } from '../../upstreams/shingsou/transfers';
import { BadUserInputError } from '../errors';
import { checkMerchantId } from '../merchant/merchant.checks';
import { settledKey } from '../payment/payment.checks';
import type { CreateAlipayTransferInput } from './create-alipay-transfer.input';
import type { CreateBankTransferInput } from './create-bank-transfer.input';
import type { CreateWechatTransferInput } from './create-wechat-transfer.input';

/**
 * Checks for the transfer mutations (`shingsou.md` §6.4.1): what the provider would refuse is
 * refused here, before any upstream call (amounts, payee formats, FORCE_CHECK without a name).
 * Messages name the argument and never quote its value: a bank number or a name must not come
 * back in an error or reach a log.
 */

const present = (value: string | null | undefined): value is string => value !== null && value !== undefined;

function text(value: string, argument: string, max: number): string {
  if (value.trim() === '' || value.length > max) throw new BadUserInputError(argument, `must be 1 to ${max} characters`);
  return value;
}

function optionalText(value: string | null | undefined, argument: string, max: number): string | undefined {
  return present(value) ? text(value, argument, max) : undefined;
}

function amount(value: number, min: number, argument: string): number {
  if (!Number.isSafeInteger(value) || value < min || value > MAX_TRANSFER_FEN) {
    throw new BadUserInputError(argument, `must be a whole number of fen from ${min} to ${MAX_TRANSFER_FEN}`);
  }
  return value;
}

/** An e-mail address or a mainland mobile number: what Alipay takes as a login name. */
const LOGON_ID = /^(?:1\d{10}|[^\s@]{1,64}@[^\s@]+\.[^\s@]+)$/;
/** Alipay user ids: 2088 and 12 more digits. */
const ALIPAY_USER_ID = /^2088\d{12}$/;

export function checkAlipayTransfer(input: CreateAlipayTransferInput): AlipayTransferRequest {
  const merchantId = checkMerchantId(input.merchantId, 'input.merchantId');
  const pattern = input.payeeType === 'USER_ID' ? ALIPAY_USER_ID : LOGON_ID;
  if (input.payeeAccount.length > 100 || !pattern.test(input.payeeAccount)) {
    throw new BadUserInputError(
      'input.payeeAccount',
      input.payeeType === 'USER_ID' ? 'must be an Alipay user id: 2088 and 12 more digits' : 'must be an e-mail address or an 11-digit mobile number',
    );
  }
  return {
    merchantId,
    outBizNo: settledKey(input.outBizNo, 'input.outBizNo'),
    payeeType: input.payeeType,
    payeeAccount: input.payeeAccount,
    amountFen: amount(input.amount, MIN_ALIPAY_TRANSFER_FEN, 'input.amount'),
    payeeRealName: optionalText(input.payeeRealName, 'input.payeeRealName', 64),
    remark: optionalText(input.remark, 'input.remark', 200),
  };
}

export function checkWechatTransfer(input: CreateWechatTransferInput): WechatTransferRequest {
  const merchantId = checkMerchantId(input.merchantId, 'input.merchantId');
  if (!WECHAT_OPEN_ID.test(input.openId)) throw new BadUserInputError('input.openId', 'must be a WeChat openId: o and 27 more letters, digits, _ or -');
  const reUserName = optionalText(input.reUserName, 'input.reUserName', 64);
  if (input.checkName === 'FORCE_CHECK' && !reUserName) throw new BadUserInputError('input.reUserName', "is required with FORCE_CHECK (the payee's real name)");
  if (present(input.clientIp) && isIP(input.clientIp) === 0) throw new BadUserInputError('input.clientIp', 'must be an IPv4 or IPv6 address');
  return {
    merchantId,
    partnerTradeNo: settledKey(input.partnerTradeNo, 'input.partnerTradeNo'),
    openId: input.openId,
    amountFen: amount(input.amount, MIN_WECHAT_TRANSFER_FEN, 'input.amount'),
    checkName: input.checkName,
    reUserName,
    description: text(input.description, 'input.description', 100),
    clientIp: input.clientIp ?? undefined,
  };
}

export function checkBankTransfer(input: CreateBankTransferInput): BankTransferRequest {
  const merchantId = checkMerchantId(input.merchantId, 'input.merchantId');
  if (!BANK_ACCOUNT_NUMBER.test(input.bankNo)) throw new BadUserInputError('input.bankNo', 'must be a bank account number of 12 to 19 digits');
  // Trimmed as the provider trims it before taking its MD5, so a client's own MD5 of the name
  // matches bankTransfer.trueNameMd5.
  const trueName = input.trueName.trim();
  if (trueName === '' || trueName.length > 64) throw new BadUserInputError('input.trueName', 'must be 1 to 64 characters');
  if (!WECHAT_BANK_CODE.test(input.bankCode)) throw new BadUserInputError('input.bankCode', "must be WeChat Pay's 4-digit bank code, e.g. 1002");
  return {
    merchantId,
    partnerTradeNo: settledKey(input.partnerTradeNo, 'input.partnerTradeNo'),
    bankNo: input.bankNo,
    trueName,
    bankCode: input.bankCode,
    amountFen: amount(input.amount, MIN_WECHAT_TRANSFER_FEN, 'input.amount'),
    description: optionalText(input.description, 'input.description', 100),
  };
}
