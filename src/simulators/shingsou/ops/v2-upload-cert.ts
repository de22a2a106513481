/**
 * `wechatpay-uploadcert` (`shingsou.md` §6.4): multipart with field `merchantId` and file part
 * `certificate`, which must be `application/x-pkcs12` (DOCUMENTED: "证书类型必须是x-pkcs12").
 * The bytes are kept for the merchant and never returned.
 */
import busboy from 'busboy';
import { CODES } from '../codes';
import { business, unprocessable } from '../errors';
import { ok, Operation } from '../gateway/operation';
import { v2Scope } from '../scopes';
import { requireMerchant, WECHATPAY } from './v2-provider';

interface CertUpload {
  merchantId?: string;
  certificate?: { type: string; bytes: Buffer };
}

function readUpload(contentType: string | undefined, body: Buffer): Promise<CertUpload | null> {
  return new Promise((resolve) => {
    const upload: CertUpload = {};
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { 'content-type': contentType ?? '' }, limits: { files: 1, fileSize: 1024 * 1024, fields: 10 } });
    } catch {
      resolve(null);
      return;
    }
    parser.on('field', (name, value) => {
      if (name.toLowerCase() === 'merchantid') upload.merchantId = value;
    });
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (name === 'certificate') upload.certificate = { type: info.mimeType.toLowerCase(), bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('error', () => resolve(null));
    parser.on('close', () => resolve(upload));
    parser.end(body);
  });
}

export const wechatpayUploadCert: Operation = {
  id: 'wechatpay-uploadcert',
  method: 'POST',
  path: '/paymentv2/WechatPay/UploadCert',
  scope: v2Scope('wechatpay', 'uploadcert'),
  async handle(ctx) {
    const upload = await readUpload(ctx.contentType, ctx.rawBody);
    if (!upload) throw unprocessable({ body: ['must be multipart/form-data'] });
    if (!upload.merchantId) throw unprocessable({ merchantId: ['is required'] });
    const merchant = requireMerchant(ctx, WECHATPAY, upload.merchantId);
    if (!upload.certificate || upload.certificate.bytes.length === 0) throw unprocessable({ certificate: ['a file part is required'] });
    if (upload.certificate.type !== 'application/x-pkcs12') throw business(CODES.MerchantCertificateTypeInvalid);
    merchant.certificate = upload.certificate.bytes;
    merchant.certificateName = `apiclient_cert_${merchant.mchId ?? merchant.id}.p12`;
    merchant.updatedAt = ctx.now;
    return ok({ certificateName: merchant.certificateName });
  },
};
