import type { WechatIdentity } from '../../domain';
import type { Code2SessionDto, OAuthDto } from './wire-wechat-identity';

/** WeChat identity DTOs to the domain object, and nothing else (`shingsou.md` §6.4.1). */

export function fromOAuth(dto: OAuthDto): WechatIdentity {
  return { openId: dto.openId, unionId: dto.unionId ?? null, scope: dto.scope ?? null };
}

export function fromCode2Session(dto: Code2SessionDto): WechatIdentity {
  return { openId: dto.openId, unionId: dto.unionId ?? null, scope: null };
}
