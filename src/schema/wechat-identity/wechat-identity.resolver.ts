import { Args, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { WECHAT_IDENTITY_SCOPES } from '../../domain';
import { requireUpstream } from '../../upstreams';
import { requireScope } from '../auth-checker';
import type { GatewayContext } from '../context';
import { checkMerchantId } from '../merchant/merchant.checks';
import { withRefusalCodes } from '../refusal-codes';
import { WriteOutcome } from '../write-outcome';
import { checkWechatCode } from './wechat-identity.checks';
import { WechatIdentity } from './wechat-identity.type';
import { WechatLoginArgs } from './wechat-login.args';
import { WechatOAuthArgs } from './wechat-oauth.args';

/**
 * WeChat user identity through a merchant (`shingsou.md` §6.4.1): 网页授权获取OpenId and the mini
 * program's `code2Session`. Mutations, not queries: a code works once, so exchanging it changes
 * state and must never be repeated by a cache or a retry. WECHAT_CODE_INVALID for a code that is
 * unknown, used or stale.
 */
@Resolver()
export class WechatIdentityResolver {
  @UseMiddleware(WriteOutcome)
  @Mutation(() => WechatIdentity, { nullable: true, description: `Exchanges a web page's OAuth code for the user's openId (needs ${WECHAT_IDENTITY_SCOPES.oauth})` })
  async wechatOAuth(@Args(() => WechatOAuthArgs) args: WechatOAuthArgs, @Ctx() ctx: GatewayContext): Promise<WechatIdentity> {
    const merchantId = checkMerchantId(args.merchantId, 'merchantId');
    const code = checkWechatCode(args.code, 'code');
    requireScope(ctx, WECHAT_IDENTITY_SCOPES.oauth);
    return withRefusalCodes(requireUpstream(ctx.upstreams, 'shingsou').wechatIdentity.oauth(merchantId, code), ctx.log);
  }

  @UseMiddleware(WriteOutcome)
  @Mutation(() => WechatIdentity, {
    nullable: true,
    description: `Exchanges a mini program's wx.login() code for the user's openId and unionId (needs ${WECHAT_IDENTITY_SCOPES.code2session}); the session key stays with the gateway`,
  })
  async wechatMiniProgramLogin(@Args(() => WechatLoginArgs) args: WechatLoginArgs, @Ctx() ctx: GatewayContext): Promise<WechatIdentity> {
    const merchantId = checkMerchantId(args.merchantId, 'merchantId');
    const jsCode = checkWechatCode(args.jsCode, 'jsCode');
    requireScope(ctx, WECHAT_IDENTITY_SCOPES.code2session);
    return withRefusalCodes(requireUpstream(ctx.upstreams, 'shingsou').wechatIdentity.code2Session(merchantId, jsCode), ctx.log);
  }
}
