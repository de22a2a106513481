import { z } from 'zod';
import type { Merchant, MerchantStatus, PaymentProvider } from '../../domain';
import { withNotFound } from './business-codes';
import { toMerchant } from './mapper-payments';
import { multipart } from './multipart';
import { SHINGSOU_LIMITS } from './limits';
import { paymentV2Operation } from './operations';
import { wireProvider } from './payments';
import type { ShingsouTransport } from './transport';
import { merchant, merchantPage, uploadCertResponse } from './wire-payments';

/**
 * The write-only fields of a merchant (§6.4). They go into the request body and nowhere else:
 * not into an error, a log line or a return value.
 */
export interface MerchantSecrets {
  privateKey?: string | undefined;
  alipayPublicKey?: string | undefined;
  apiKey?: string | undefined;
  appSecret?: string | undefined;
}

export interface MerchantFields extends MerchantSecrets {
  name?: string | undefined;
  appId?: string | undefined;
  mchId?: string | undefined;
  signType?: string | undefined;
  notifyUrl?: string | null | undefined;
  status?: MerchantStatus | undefined;
}

/** DeleteMerchant answers 204 with no body. */
const noContent = z.unknown();

/** Payment-v2 merchants (多商户版) of both providers (`shingsou.md` §4.3, §6.4). */
export class ShingsouMerchants {
  constructor(private readonly transport: ShingsouTransport) {}

  /** `Merchants`, every page (a merchant list is short). */
  async list(provider: PaymentProvider): Promise<Merchant[]> {
    const operation = paymentV2Operation(wireProvider(provider), 'Merchants', 'GET');
    const found: Merchant[] = [];
    for (let page = 1; ; page += 1) {
      const answer = await this.transport.read(operation, { page, pageSize: SHINGSOU_LIMITS.pageSize }, merchantPage);
      found.push(...answer.items.map(toMerchant));
      if (answer.items.length === 0 || found.length >= answer.total) return found;
    }
  }

  /** `PostMerchant`. No idempotency key in the body, so sent once: a resend would add a twin. */
  async create(provider: PaymentProvider, fields: MerchantFields): Promise<Merchant> {
    const operation = paymentV2Operation(wireProvider(provider), 'PostMerchant', 'POST');
    return toMerchant(await this.transport.write(operation, definedOnly(fields), merchant));
  }

  /** `PutMerchant`: omitted fields, secrets included, stay unchanged. */
  async update(provider: PaymentProvider, id: string, fields: MerchantFields): Promise<Merchant> {
    const operation = paymentV2Operation(wireProvider(provider), 'PutMerchant', 'PUT');
    return toMerchant(await withNotFound(this.transport.write(operation, { id, ...definedOnly(fields) }, merchant), { '22001': `${provider} merchant ${id}` }));
  }

  /** `DeleteMerchant ?id=`. */
  async remove(provider: PaymentProvider, id: string): Promise<void> {
    const operation = paymentV2Operation(wireProvider(provider), 'DeleteMerchant', 'DELETE');
    await withNotFound(this.transport.write(operation, undefined, noContent, { query: { id } }), { '22001': `${provider} merchant ${id}` });
  }

  /**
   * WeChat Pay `UploadCert`: multipart with field `merchantId` and the file part `certificate`
   * as `application/x-pkcs12` (DOCUMENTED: "证书类型必须是x-pkcs12"). Returns the certificate name.
   */
  async uploadCertificate(merchantId: string, certificate: Uint8Array): Promise<string> {
    const operation = paymentV2Operation('WechatPay', 'UploadCert', 'POST');
    const form = multipart(
      { merchantId },
      { name: 'certificate', filename: 'apiclient_cert.p12', contentType: 'application/x-pkcs12', bytes: certificate },
    );
    const answer = await withNotFound(this.transport.write(operation, form.body, uploadCertResponse, { contentType: form.contentType }), {
      '22001': `WECHAT_PAY merchant ${merchantId}`,
    });
    return answer.certificateName;
  }
}

function definedOnly(fields: MerchantFields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
