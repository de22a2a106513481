import { failure, type Envelope } from '../envelope';

/**
 * v5 status codes the simulator answers with (`cmiot.md` §4). The `12021` message uses the
 * full-width comma `，` byte for byte (§3.2): clients match this exact body.
 */
export const V5_CODES = {
  tokenInvalid: { status: '12021', message: 'TOKEN不存在或已过期，请重新获取' },
  badCredentials: { status: '12022', message: 'appid或password鉴权不通过' },
  transidDenied: { status: '12004', message: 'transId或appid或token鉴权失败' },
  badRequest: { status: '11000', message: '请求参数错误' },
  unknownCard: { status: '12010', message: '卡号鉴权失败，不存在本系统' },
  wrongState: { status: '12089', message: '该卡片不是待激活、已激活、已停机，无法进行操作' },
  resumeNotAllowed: {
    status: '12098',
    message: '当前停机原因不符合自主发起复机操作要求，只有主动申请停机的才允许自主复机',
  },
  cooldown: { status: '12036', message: '同一卡号3分钟内不能通过此类接口重复办理业务' },
  internalError: { status: '500', message: '内部错误' },
  // §4: no v5 rate-limit code is public; the v2 texts are reused (DECISION).
  apiRateLimited: { status: '71', message: '已超出API最大流控限制' },
} as const;

export type V5Code = keyof typeof V5_CODES;

export function v5Failure(code: V5Code): Envelope {
  return failure(V5_CODES[code].status, V5_CODES[code].message);
}
