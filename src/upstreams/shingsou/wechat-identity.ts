import type { WechatIdentity } from '../../domain';
import { fromCode2Session, fromOAuth } from './mapper-wechat-identity';
import { paymentV2Operation } from './operations';
import { transferErrorFromResponse } from './transfer-codes';
import type { ShingsouTransport } from './transport';
import { code2SessionResponse, oauthResponse } from './wire-wechat-identity';

/**
 * WeChat user identity through a merchant (`shingsou.md` §4.3, §6.4.1): 网页授权获取OpenId and
 * 小程序 `code2Session`. GETs on the wire, yet sent exactly once as writes: a code works once
 * (§6.4.1), so a resend after a lost answer would fail with 23008 and hide the first outcome.
 */
export class ShingsouWechatIdentity {
  constructor(private readonly transport: ShingsouTransport) {}

  async oauth(merchantId: string, code: string): Promise<WechatIdentity> {
    const answer = await this.transport.write(paymentV2Operation('WechatPay', 'OAuth', 'GET'), undefined, oauthResponse, {
      query: { merchantId, code },
      errors: transferErrorFromResponse('WeChat code', { provider: 'WeChat Pay', id: merchantId }),
    });
    return fromOAuth(answer);
  }

  async code2Session(merchantId: string, jsCode: string): Promise<WechatIdentity> {
    const answer = await this.transport.write(paymentV2Operation('WechatPay', 'Code2Session', 'GET'), undefined, code2SessionResponse, {
      query: { merchantId, jsCode },
      errors: transferErrorFromResponse('WeChat code', { provider: 'WeChat Pay', id: merchantId }),
    });
    return fromCode2Session(answer);
  }
}
