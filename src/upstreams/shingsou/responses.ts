import type { z } from 'zod';
import { UpstreamError } from '../errors';
import type { HttpResponse } from '../http';
import { businessError, gatewayError } from './wire';

/**
 * Turns a Shingsou HTTP answer into either its parsed body or a coded `UpstreamError`,
 * following the order of checks in `shingsou.md` §2.4 and the client rules of §8.7.
 */

const upstream = 'shingsou' as const;

function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function badResponse(what: string): UpstreamError {
  return new UpstreamError({ upstream, code: 'UPSTREAM_BAD_RESPONSE', message: `Shingsou sent ${what} that does not match the contract` });
}

/** True for the JwtBearer challenge that a fresh token can cure (`shingsou.md` §8.2). */
export function isExpiredTokenAnswer(response: HttpResponse): boolean {
  const challenge = response.headers['www-authenticate'];
  const text = Array.isArray(challenge) ? challenge.join(',') : (challenge ?? '');
  return response.status === 401 && /^Bearer\b/i.test(text) && text.includes('invalid_token');
}

/** Maps a non-2xx answer to its error; `errorFromResponse` unless an area knows its own codes. */
export type ErrorMapper = (response: HttpResponse) => UpstreamError;

export function parseBody<T extends z.ZodType>(response: HttpResponse, schema: T, what: string, errorOf: ErrorMapper = errorFromResponse): z.infer<T> {
  if (response.status >= 200 && response.status < 300) {
    const parsed = schema.safeParse(json(response.text));
    if (!parsed.success) throw badResponse(what);
    return parsed.data;
  }
  throw errorOf(response);
}

export function errorFromResponse(response: HttpResponse): UpstreamError {
  const body = json(response.text);
  const gateway = gatewayError.safeParse(body);
  const backend = businessError.safeParse(body);
  switch (response.status) {
    case 401:
      // Gateway body = subscription key problem; empty body = bearer problem (§2.4 rows 2-6).
      return new UpstreamError({
        upstream,
        code: 'UPSTREAM_AUTH_FAILED',
        message: gateway.success
          ? 'Shingsou rejected the subscription key; check SHINGSOU_SUBSCRIPTION_KEY'
          : 'Shingsou rejected the access token',
        upstreamCode: '401',
        upstreamMessage: gateway.success ? gateway.data.message : undefined,
      });
    case 403:
      return new UpstreamError({
        upstream,
        code: 'UPSTREAM_AUTH_FAILED',
        message: 'the Shingsou token lacks the scope this operation needs; check SHINGSOU_SCOPE',
        upstreamCode: '403',
      });
    case 404:
      return gateway.success
        ? new UpstreamError({
            upstream,
            code: 'UPSTREAM_MISCONFIGURED',
            message: 'Shingsou has no such operation; the gateway path table does not match the platform',
            upstreamCode: '404',
            upstreamMessage: gateway.data.message,
          })
        : new UpstreamError({
            upstream,
            code: 'NOT_FOUND',
            message: 'Shingsou does not know this resource',
            upstreamCode: '404',
            upstreamMessage: backend.success ? backend.data.description : undefined,
          });
    case 417:
      return new UpstreamError({
        upstream,
        code: 'UPSTREAM_UNAVAILABLE',
        message: 'Shingsou failed internally',
        upstreamCode: '417',
        upstreamMessage: backend.success ? backend.data.description : undefined,
      });
    case 422:
      return new UpstreamError({
        upstream,
        code: backend.success && backend.data.code !== 422 ? 'UPSTREAM_REJECTED' : 'UPSTREAM_BAD_REQUEST',
        message: backend.success ? `Shingsou refused the request: ${backend.data.name}` : 'Shingsou refused the request',
        upstreamCode: backend.success ? String(backend.data.code) : '422',
        upstreamMessage: backend.success ? backend.data.description : undefined,
      });
    default:
      return new UpstreamError({
        upstream,
        code: 'UPSTREAM_BAD_RESPONSE',
        message: `Shingsou answered HTTP ${response.status}, which the contract does not define`,
        upstreamCode: String(response.status),
      });
  }
}
