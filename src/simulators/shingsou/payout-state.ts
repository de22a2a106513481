/**
 * What the payment-v2 money and identity actions keep (`shingsou.md` §6.4.1): payouts (transfers
 * to a wallet or a bank card) by merchant and idempotency key, each merchant's RSA key pair,
 * the one-time WeChat codes, and the short-lived bill download links.
 *
 * Clear bank numbers and names never reach this module: a bank payout keeps their MD5 only (§6.4.1).
 */
import { generateKeyPair, KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { DAY_MS } from '../shared/time';

export type PayoutKind = 'ALIPAY_TRANSFER' | 'WECHAT_TRANSFER' | 'WECHAT_BANK';

interface PayoutBase {
  merchantId: string;
  /** `outBizNo` (Alipay) or `partnerTradeNo` (WeChat Pay): the idempotency key. */
  key: string;
  /** The provider's number: Alipay `orderId`, WeChat `paymentNo`. */
  number: string;
  /** Payee and amount as the idempotency check compares them (`23006`); no clear bank data. */
  fingerprint: string;
  amount: number;
  /** What the transfer costs the merchant beyond `amount` (the bank fee `cmmsAmount`). */
  fee: number;
  createdAt: number;
}

export interface AlipayTransfer extends PayoutBase {
  kind: 'ALIPAY_TRANSFER';
  payeeType: string;
  payeeAccount: string;
  remark: string | null;
}

export interface WechatTransfer extends PayoutBase {
  kind: 'WECHAT_TRANSFER';
  openId: string;
  desc: string;
}

export type BankStatus = 'PROCESSING' | 'SUCCESS' | 'BANK_FAIL';

export interface BankTransfer extends PayoutBase {
  kind: 'WECHAT_BANK';
  bankNoMd5: string;
  trueNameMd5: string;
  bankCode: string;
  desc: string | null;
  status: BankStatus;
  /** Decided at creation (a bank number ending in `0000` fails), applied when it settles. */
  failReason: string | null;
  paySuccessAt: number | null;
  reason: string | null;
}

export type Payout = AlipayTransfer | WechatTransfer | BankTransfer;

interface IssuedCode {
  merchantId: string;
  user: string;
  expiresAt: number;
}

interface BillLink {
  csv: string;
  expiresAt: number;
}

export interface MerchantKeys {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

const generateRsa = promisify(generateKeyPair);

export class PayoutState {
  private readonly payouts = new Map<string, Payout>();
  private readonly keys = new Map<string, Promise<MerchantKeys>>();
  private readonly codes = new Map<string, IssuedCode>();
  private readonly bills = new Map<string, BillLink>();

  private static id(kind: PayoutKind, merchantId: string, key: string): string {
    return `${kind}\n${merchantId}\n${key}`;
  }

  find<K extends PayoutKind>(kind: K, merchantId: string, key: string): Extract<Payout, { kind: K }> | undefined {
    return this.payouts.get(PayoutState.id(kind, merchantId, key)) as Extract<Payout, { kind: K }> | undefined;
  }

  findByNumber<K extends PayoutKind>(kind: K, merchantId: string, number: string): Extract<Payout, { kind: K }> | undefined {
    for (const p of this.payouts.values()) if (p.kind === kind && p.merchantId === merchantId && p.number === number) return p as Extract<Payout, { kind: K }>;
    return undefined;
  }

  add(payout: Payout): void {
    this.payouts.set(PayoutState.id(payout.kind, payout.merchantId, payout.key), payout);
  }

  /** The merchant's payouts created in `[from, to)`, oldest first. */
  between(merchantId: string, from: number, to: number): Payout[] {
    return [...this.payouts.values()].filter((p) => p.merchantId === merchantId && p.createdAt >= from && p.createdAt < to).sort((a, b) => a.createdAt - b.createdAt);
  }

  /** Fen the merchant has paid out on the Shanghai day starting at `dayStart`; failed bank payouts gave the money back. */
  paidOut(merchantId: string, dayStart: number): number {
    let sum = 0;
    for (const p of this.between(merchantId, dayStart, dayStart + DAY_MS)) {
      if (p.kind !== 'WECHAT_BANK' || p.status !== 'BANK_FAIL') sum += p.amount + p.fee;
    }
    return sum;
  }

  /**
   * The merchant's RSA-2048 key pair, made on first use (generation takes a noticeable moment) and
   * kept for the simulator's life (§6.4.1). Concurrent first calls share one generation.
   */
  merchantKeys(merchantId: string): Promise<MerchantKeys> {
    let keys = this.keys.get(merchantId);
    if (!keys) {
      keys = generateRsa('rsa', { modulusLength: 2048 });
      this.keys.set(merchantId, keys);
    }
    return keys;
  }

  issueCode(code: string, merchantId: string, user: string, expiresAt: number, now: number): void {
    for (const [c, issued] of this.codes) if (issued.expiresAt <= now) this.codes.delete(c);
    this.codes.set(code, { merchantId, user, expiresAt });
  }

  /** The code's user when it is live and the merchant's, consuming it; else `null` (§6.4.1 `23008`). */
  redeemCode(code: string, merchantId: string, now: number): string | null {
    const issued = this.codes.get(code);
    if (!issued || issued.merchantId !== merchantId) return null;
    this.codes.delete(code);
    return issued.expiresAt > now ? issued.user : null;
  }

  publishBill(token: string, csv: string, expiresAt: number, now: number): void {
    for (const [t, link] of this.bills) if (link.expiresAt <= now) this.bills.delete(t);
    this.bills.set(token, { csv, expiresAt });
  }

  /** The bill behind a live link, else `undefined` (expired links answer 404, §6.4.1). */
  bill(token: string, now: number): string | undefined {
    const link = this.bills.get(token);
    return link && link.expiresAt > now ? link.csv : undefined;
  }
}
