/**
 * Every non-200 answer of the Shingsou gateway and backend (`shingsou.md` §2.4). Handlers throw
 * `ApiError`; the dispatcher renders it. The two 404s differ by body on purpose (§2.4): the
 * gateway's `statusCode`+`message` says "wrong path", the backend's `code`+`name` "no such thing".
 */
import type { CodeRow } from './codes';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** `undefined` = empty body. */
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`Shingsou simulator answer ${status}`);
  }
}

export const gatewayNotFound = (): ApiError => new ApiError(404, { statusCode: 404, message: 'Resource not found' });

export const missingKey = (): ApiError =>
  new ApiError(401, {
    statusCode: 401,
    message: 'Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.',
  });

export const invalidKey = (): ApiError =>
  new ApiError(401, {
    statusCode: 401,
    message: 'Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.',
  });

export const rateLimited = (seconds: number): ApiError =>
  new ApiError(429, { statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` }, { 'Retry-After': String(seconds) });

export const bearerMissing = (): ApiError => new ApiError(401, undefined, { 'WWW-Authenticate': 'Bearer' });

export const bearerInvalid = (expired: boolean): ApiError =>
  new ApiError(401, undefined, {
    'WWW-Authenticate': expired ? 'Bearer error="invalid_token", error_description="The token is expired"' : 'Bearer error="invalid_token"',
  });

export const forbidden = (): ApiError => new ApiError(403, undefined);

export const unsupportedApiVersion = (version: string): ApiError =>
  new ApiError(400, {
    error: {
      code: 'UnsupportedApiVersion',
      message: `The HTTP resource that matches the request URI does not support the API version '${version}'.`,
      innerError: null,
    },
  });

/** §2.4 row 9: malformed JSON, a missing or invalid parameter. */
export const unprocessable = (errors: Record<string, string[]>): ApiError =>
  new ApiError(422, { code: 422, name: 'UnprocessableEntity', description: '请求实体错误', errors });

/** §2.4 row 10: the resource (card, product, order, merchant) does not exist. */
export const notFound = (): ApiError => new ApiError(404, { code: 404, name: 'NotFound', description: '未找到内容' });

/** §2.4 row 11: a business rule, with its §6.5/§6.6 code. */
export const business = (row: CodeRow): ApiError => new ApiError(422, { ...row });

/**
 * A coded "no such thing" (`shingsou.md` §6.4.1): the transfer, bill and identity actions answer
 * an unknown merchant (`22001`) or transfer (`23007`) with 404 and the code's row as body.
 */
export const codedNotFound = (row: CodeRow): ApiError => new ApiError(404, { ...row });

/** §2.4 row 12. */
export const expectationFailed = (): ApiError =>
  new ApiError(417, { code: 417, name: 'ExpectationFailed', description: '服务器内部错误' });

/** Injected by the error-rate knob: the vendor lists "500 接口内部错误" among common errors. */
export const injectedFailure = (): ApiError =>
  new ApiError(500, { code: 500, name: 'InternalServerError', description: '接口内部错误' });

/** Outage knob: the gateway cannot reach the backend. */
export const outage = (): ApiError => new ApiError(503, { statusCode: 503, message: 'Service Unavailable' });
