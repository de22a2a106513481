/**
 * WeChat user identity (`shingsou.md` §6.4.1): `OAuth` (网页授权获取OpenId) and `Code2Session`
 * (小程序登录). Both redeem a code from `GET /__sim/wechat/code` (what the WeChat client would hand
 * the page): once, within 5 minutes, at the merchant it was issued for; anything else is `23008`.
 * §4.3 DECISION: a valid token is enough, no scope.
 */
import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { SimMerchant } from '../../fleet/catalog-types';
import { CODES } from '../codes';
import { business } from '../errors';
import { ok, type OpContext, type Operation } from '../gateway/operation';
import { requireActiveMerchant, v2Op, WECHATPAY } from './v2-provider';

/**
 * WeChat gives one user one `openid` per app: `o` + 27 base64url characters, derived here from the
 * merchant's appId and the simulated user, so the same user gets the same openId every time.
 */
export const openIdFor = (merchant: SimMerchant, user: string): string =>
  'o' + createHash('sha256').update(`${merchant.appId}\n${user}`).digest('base64url').slice(0, 27);

const oauthQuery = z.object({ merchantid: z.string().min(1, 'is required'), code: z.string().min(1, 'is required') });
const sessionQuery = z.object({ merchantid: z.string().min(1, 'is required'), jscode: z.string().min(1, 'is required') });

function redeem(ctx: OpContext, merchantId: string, code: string): string {
  const merchant = requireActiveMerchant(ctx, WECHATPAY, merchantId);
  const user = ctx.state.payouts.redeemCode(code, merchant.id, ctx.now);
  if (user === null) throw business(CODES.OAuthCodeInvalid);
  return openIdFor(merchant, user);
}

const oauth = v2Op(
  WECHATPAY,
  'OAuth',
  'GET',
  (ctx) => {
    const q = ctx.params(oauthQuery);
    return ok({ openId: redeem(ctx, q.merchantid, q.code), unionId: null, scope: 'snsapi_base' });
  },
  null,
);

/** `sessionKey` is the server side's secret (§6.4.1): 16 random bytes, base64, as WeChat's `session_key`. */
const code2Session = v2Op(
  WECHATPAY,
  'Code2Session',
  'GET',
  (ctx) => {
    const q = ctx.params(sessionQuery);
    return ok({ openId: redeem(ctx, q.merchantid, q.jscode), unionId: null, sessionKey: randomBytes(16).toString('base64') });
  },
  null,
);

export const IDENTITY_OPERATIONS: readonly Operation[] = [oauth, code2Session];
