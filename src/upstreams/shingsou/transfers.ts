import type {
  AlipayPayeeType,
  AlipayTransfer,
  AlipayTransferRecord,
  BankTransfer,
  BankTransferRecord,
  WechatCheckName,
  WechatTransfer,
  WechatTransferRecord,
} from '../../domain';
import { isUpstreamError } from '../errors';
import { encryptForBank } from './bank-encryption';
import { toAlipayTransfer, toAlipayTransferRecord, toBankTransfer, toBankTransferRecord, toWechatTransfer, toWechatTransferRecord } from './mapper-transfers';
import { paymentV2Operation } from './operations';
import { transferErrorFromResponse } from './transfer-codes';
import type { ShingsouTransport } from './transport';
import {
  alipayTransferQueryResponse,
  alipayTransferResponse,
  bankTransferQueryResponse,
  bankTransferResponse,
  publicKeyResponse,
  wechatTransferQueryResponse,
  wechatTransferResponse,
} from './wire-transfers';

/** Alipay `Transfer` (§6.4.1). `outBizNo` is the idempotency key, per merchant. */
export interface AlipayTransferRequest {
  merchantId: string;
  outBizNo: string;
  payeeType: AlipayPayeeType;
  payeeAccount: string;
  amountFen: number;
  payeeRealName?: string | undefined;
  remark?: string | undefined;
}

/** WeChat Pay `Transfer` (企业付款到零钱). `partnerTradeNo` is the idempotency key, per merchant. */
export interface WechatTransferRequest {
  merchantId: string;
  partnerTradeNo: string;
  openId: string;
  amountFen: number;
  checkName: WechatCheckName;
  reUserName?: string | undefined;
  description: string;
  clientIp?: string | undefined;
}

/**
 * WeChat Pay `TransferToBank` (企业付款到银行卡), with the account number and holder name in
 * clear: they are encrypted here, just before the body is built, and exist nowhere else.
 */
export interface BankTransferRequest {
  merchantId: string;
  partnerTradeNo: string;
  bankNo: string;
  trueName: string;
  bankCode: string;
  amountFen: number;
  description?: string | undefined;
}

/** Where `toBank` gets a merchant's public key (`WechatPublicKeyCache`, bound to a request). */
export interface PublicKeySource {
  get(merchantId: string): Promise<string>;
  forget(merchantId: string, pem: string): void;
}

const ALIPAY_PAYEE_TYPE: Record<AlipayPayeeType, string> = { LOGON_ID: 'ALIPAY_LOGONID', USER_ID: 'ALIPAY_USERID' };

const withoutUndefined = (body: Record<string, unknown>) => Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));

/**
 * Transfers of payment gateway v2 (`shingsou.md` §4.3, §6.4.1). The writes are resent on a
 * transient failure only because their key travels in the body and a repeat moves no money
 * again (§6.4.1: idempotent on merchant + key; §8.7), as `ShingsouMerchantPayments.pay`.
 */
export class ShingsouTransfers {
  constructor(private readonly transport: ShingsouTransport) {}

  async alipay(request: AlipayTransferRequest): Promise<AlipayTransfer> {
    const body = withoutUndefined({
      merchantId: request.merchantId,
      outBizNo: request.outBizNo,
      payeeType: ALIPAY_PAYEE_TYPE[request.payeeType],
      payeeAccount: request.payeeAccount,
      amount: request.amountFen,
      payeeRealName: request.payeeRealName,
      remark: request.remark,
    });
    const errors = transferErrorFromResponse(`transfer outBizNo ${request.outBizNo} of merchant ${request.merchantId}`, { provider: 'Alipay', id: request.merchantId });
    return toAlipayTransfer(await this.transport.write(paymentV2Operation('Alipay', 'Transfer', 'POST'), body, alipayTransferResponse, { idempotent: true, errors }));
  }

  /** Alipay `TransferQuery` by the merchant's `outBizNo` or Alipay's `orderId`. */
  async alipayQuery(merchantId: string, ref: { outBizNo: string } | { orderId: string }): Promise<AlipayTransferRecord> {
    const errors = transferErrorFromResponse('outBizNo' in ref ? `transfer outBizNo ${ref.outBizNo} of merchant ${merchantId}` : `transfer orderId ${ref.orderId} of merchant ${merchantId}`, { provider: 'Alipay', id: merchantId });
    return toAlipayTransferRecord(await this.transport.read(paymentV2Operation('Alipay', 'TransferQuery', 'GET'), { merchantId, ...ref }, alipayTransferQueryResponse, errors));
  }

  async wechat(request: WechatTransferRequest): Promise<WechatTransfer> {
    const body = withoutUndefined({
      merchantId: request.merchantId,
      partnerTradeNo: request.partnerTradeNo,
      openId: request.openId,
      amount: request.amountFen,
      checkName: request.checkName,
      reUserName: request.reUserName,
      desc: request.description,
      clientIp: request.clientIp,
    });
    const errors = transferErrorFromResponse(`transfer partnerTradeNo ${request.partnerTradeNo} of merchant ${request.merchantId}`, { provider: 'WeChat Pay', id: request.merchantId });
    return toWechatTransfer(await this.transport.write(paymentV2Operation('WechatPay', 'Transfer', 'POST'), body, wechatTransferResponse, { idempotent: true, errors }));
  }

  async wechatQuery(merchantId: string, partnerTradeNo: string): Promise<WechatTransferRecord> {
    const errors = transferErrorFromResponse(`transfer partnerTradeNo ${partnerTradeNo} of merchant ${merchantId}`, { provider: 'WeChat Pay', id: merchantId });
    return toWechatTransferRecord(await this.transport.read(paymentV2Operation('WechatPay', 'TransferQuery', 'GET'), { merchantId, partnerTradeNo }, wechatTransferQueryResponse, errors));
  }

  /** WeChat Pay `PublicKey`: the merchant's PKCS#1 PEM. Use it through `WechatPublicKeyCache`. */
  async publicKey(merchantId: string): Promise<string> {
    const errors = transferErrorFromResponse(`public key of merchant ${merchantId}`, { provider: 'WeChat Pay', id: merchantId });
    return (await this.transport.read(paymentV2Operation('WechatPay', 'PublicKey', 'GET'), { merchantId }, publicKeyResponse, errors)).pubKey;
  }

  /**
   * `TransferToBank`: the account number and name are encrypted with the merchant's key (cached).
   * A 23005 (the platform could not decrypt) makes the cache forget that key, so the client's
   * resend with the same key fetches it again.
   */
  async toBank(request: BankTransferRequest, keys: PublicKeySource): Promise<BankTransfer> {
    const pem = await keys.get(request.merchantId);
    const body = withoutUndefined({
      merchantId: request.merchantId,
      partnerTradeNo: request.partnerTradeNo,
      encBankNo: encryptForBank(pem, request.bankNo),
      encTrueName: encryptForBank(pem, request.trueName),
      bankCode: request.bankCode,
      amount: request.amountFen,
      desc: request.description,
    });
    const errors = transferErrorFromResponse(`bank transfer partnerTradeNo ${request.partnerTradeNo} of merchant ${request.merchantId}`, { provider: 'WeChat Pay', id: request.merchantId });
    try {
      return toBankTransfer(await this.transport.write(paymentV2Operation('WechatPay', 'TransferToBank', 'POST'), body, bankTransferResponse, { idempotent: true, errors }));
    } catch (error) {
      if (isUpstreamError(error) && error.upstreamCode === '23005') keys.forget(request.merchantId, pem);
      throw error;
    }
  }

  async toBankQuery(merchantId: string, partnerTradeNo: string): Promise<BankTransferRecord> {
    const errors = transferErrorFromResponse(`bank transfer partnerTradeNo ${partnerTradeNo} of merchant ${merchantId}`, { provider: 'WeChat Pay', id: merchantId });
    return toBankTransferRecord(await this.transport.read(paymentV2Operation('WechatPay', 'TransferToBankQuery', 'GET'), { merchantId, partnerTradeNo }, bankTransferQueryResponse, errors));
  }
}
