/**
 * Merchant as payment v2 renders it (`shingsou.md` §6.4). Secrets and certificate bytes are
 * write-only: only `has*` flags and the certificate's name ever leave the simulator.
 */
import type { SimMerchant } from '../../fleet/catalog-types';
import { isoShanghai } from '../../shared/time';

export function toMerchantDto(m: SimMerchant) {
  const common = {
    id: m.id,
    provider: m.provider,
    name: m.name,
    appId: m.appId,
  };
  const times = { createdAt: isoShanghai(m.createdAt), updatedAt: isoShanghai(m.updatedAt) };
  if (m.provider === 'ALIPAY') {
    return {
      ...common,
      signType: m.signType,
      notifyUrl: m.notifyUrl,
      status: m.status,
      hasPrivateKey: m.secrets.privateKey !== undefined,
      hasAlipayPublicKey: m.secrets.alipayPublicKey !== undefined,
      ...times,
    };
  }
  return {
    ...common,
    mchId: m.mchId,
    notifyUrl: m.notifyUrl,
    status: m.status,
    certificateName: m.certificateName,
    hasApiKey: m.secrets.apiKey !== undefined,
    hasAppSecret: m.secrets.appSecret !== undefined,
    ...times,
  };
}
