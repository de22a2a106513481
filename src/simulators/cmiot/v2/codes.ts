import { failure, type Envelope } from '../envelope';

/**
 * v2 status codes the simulator answers with, and their exact messages (`cmiot.md` §2.4).
 * `71` has no spaces in its text on purpose: the contract says "exact text".
 */
export const V2_CODES = {
  ipDenied: { status: '6', message: 'IP地址鉴权不通过' },
  tokenDenied: { status: '7', message: 'Token鉴权不通过' },
  paramCount: { status: '10', message: '请求参数个数不正确' },
  notInGroup: { status: '12', message: 'MSISDN号不是所查询的集团下的用户' },
  badParamName: { status: '13', message: '请求参数命名不规范' },
  badDate: { status: '14', message: '日期参数格式不正确' },
  tooManyNumbers: { status: '18', message: '卡号数量超出限制范围' },
  dateOutOfRange: { status: '19', message: '查询时间超出限制范围' },
  allNumbersInvalid: { status: '21', message: '查询号码全部非法' },
  apiRateLimited: { status: '71', message: '已超出API最大流控限制' },
  subscriptionRateLimited: { status: '72', message: '已超出订购关系最大流控限制' },
} as const;

export type V2Code = keyof typeof V2_CODES;

export function v2Failure(code: V2Code): Envelope {
  return failure(V2_CODES[code].status, V2_CODES[code].message);
}

/** `99` carries the API name in its text: "APIname 调用，系统错误". */
export function v2SystemError(apiName: string): Envelope {
  return failure('99', `${apiName} 调用，系统错误`);
}
