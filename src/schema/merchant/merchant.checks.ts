import type { MerchantFields } from '../../upstreams/shingsou/merchants';
import { BadUserInputError } from '../errors';
import type { CreateMerchantInput } from './create-merchant.input';
import type { UpdateMerchantInput } from './update-merchant.input';
import { checkUrl } from '../payment/payment.checks';

/**
 * Merchant input checks (`shingsou.md` §6.4). Messages name the field and never quote a value:
 * a secret in a wrong field must not come back in an error.
 */

type Input = CreateMerchantInput | UpdateMerchantInput;

const ONLY_ALIPAY = ['signType', 'privateKey', 'alipayPublicKey'] as const;
const ONLY_WECHAT = ['mchId', 'apiKey', 'appSecret'] as const;
const SECRETS = ['privateKey', 'alipayPublicKey', 'apiKey', 'appSecret'] as const;

function present(value: string | null | undefined): value is string {
  return value !== null && value !== undefined;
}

function text(input: Input, field: 'name' | 'appId', max: number): string | undefined {
  const value = input[field];
  if (!present(value)) return undefined;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > max) throw new BadUserInputError(`input.${field}`, `must be 1 to ${max} characters`);
  return trimmed;
}

export function merchantFields(input: Input, creating: boolean): MerchantFields {
  const foreign = input.provider === 'ALIPAY' ? ONLY_WECHAT : ONLY_ALIPAY;
  for (const field of foreign) {
    if (present(input[field])) throw new BadUserInputError(`input.${field}`, `does not apply to ${input.provider} merchants`);
  }
  for (const field of SECRETS) {
    const value = input[field];
    if (present(value) && (value.trim() === '' || value.length > 8192)) throw new BadUserInputError(`input.${field}`, 'must be 1 to 8192 characters');
  }
  if (present(input.mchId) && !/^\d{8,12}$/.test(input.mchId)) throw new BadUserInputError('input.mchId', 'must be 8 to 12 digits');
  if (creating && input.provider === 'WECHAT_PAY' && !present(input.mchId)) throw new BadUserInputError('input.mchId', 'is required for WECHAT_PAY merchants');
  if (present(input.signType) && input.signType !== 'RSA2' && input.signType !== 'RSA') throw new BadUserInputError('input.signType', 'must be RSA2 or RSA');
  const notifyUrl = input.notifyUrl === null ? null : present(input.notifyUrl) ? checkUrl(input.notifyUrl, 'input.notifyUrl') : undefined;
  return {
    name: text(input, 'name', 100),
    appId: text(input, 'appId', 64),
    mchId: input.mchId ?? undefined,
    signType: input.signType ?? undefined,
    notifyUrl,
    status: input.status ?? undefined,
    privateKey: input.privateKey ?? undefined,
    alipayPublicKey: input.alipayPublicKey ?? undefined,
    apiKey: input.apiKey ?? undefined,
    appSecret: input.appSecret ?? undefined,
  };
}

export function checkMerchantId(id: string, argument: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new BadUserInputError(argument, 'must be 1 to 64 letters, digits, _ or -');
  return id;
}

const MAX_CERTIFICATE_BYTES = 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * A PKCS#12 file: strict base64, 1 byte to 1 MB, and a DER SEQUENCE (first byte 0x30), so a
 * PEM file or a text pasted by mistake fails here rather than at the provider.
 */
export function certificateBytes(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (compact === '' || compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new BadUserInputError('input.certificateBase64', 'must be base64 (RFC 4648, with padding)');
  }
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > MAX_CERTIFICATE_BYTES) throw new BadUserInputError('input.certificateBase64', 'must decode to at most 1 MB');
  if (bytes[0] !== 0x30) throw new BadUserInputError('input.certificateBase64', 'is not a PKCS#12 (.p12) file');
  return bytes;
}
