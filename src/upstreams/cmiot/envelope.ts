import type { z } from 'zod';
import { UpstreamError } from '../errors';
import type { HttpResponse } from '../http';
import { ourCode } from './codes';
import { envelope, type EnvelopeDto } from './wire';

const upstream = 'cmiot' as const;

export function badResponse(what: string): UpstreamError {
  return new UpstreamError({ upstream, code: 'UPSTREAM_BAD_RESPONSE', message: `CMIOT sent ${what} that does not match the contract` });
}

/** Every CMIOT answer is HTTP 200 with `{status, message, result[]}` (`cmiot.md` §1.1). */
export function parseEnvelope(response: HttpResponse, what: string): EnvelopeDto {
  if (response.status === 404) {
    return failWith({ status: '404', message: 'Not Found', result: [] }, 'UPSTREAM_MISCONFIGURED');
  }
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    throw badResponse(what);
  }
  const parsed = envelope.safeParse(body);
  if (response.status !== 200 || !parsed.success) throw badResponse(what);
  return parsed.data;
}

/** The error for a non-`"0"` status. `result` is ignored: it "may contain other hint data". */
export function errorFromEnvelope(answer: EnvelopeDto): UpstreamError {
  const code = ourCode(answer.status);
  return new UpstreamError({
    upstream,
    code,
    message: MESSAGES[code],
    upstreamCode: answer.status,
    upstreamMessage: answer.message,
  });
}

function failWith(answer: EnvelopeDto, code: UpstreamError['code']): never {
  throw new UpstreamError({ upstream, code, message: MESSAGES[code], upstreamCode: answer.status });
}

/** The first `result` element, parsed; single-card APIs put their object there (§1.1). */
export function firstResult<T extends z.ZodType>(answer: EnvelopeDto, schema: T, what: string): z.infer<T> {
  const parsed = schema.safeParse(answer.result[0]);
  if (!parsed.success) throw badResponse(what);
  return parsed.data;
}

const MESSAGES: Record<UpstreamError['code'], string> = {
  UPSTREAM_AUTH_FAILED: 'CMIOT refused the gateway credentials or token',
  UPSTREAM_RATE_LIMITED: 'CMIOT is rate limiting the gateway',
  UPSTREAM_BAD_REQUEST: 'CMIOT refused the request parameters',
  UPSTREAM_REJECTED: 'CMIOT refused the operation',
  UPSTREAM_UNAVAILABLE: 'CMIOT failed internally',
  UPSTREAM_TIMEOUT: 'CMIOT did not answer in time',
  UPSTREAM_BAD_RESPONSE: 'CMIOT sent an answer that does not match the contract',
  UPSTREAM_MISCONFIGURED: 'CMIOT has no such endpoint; check CMIOT_BASE_URL',
  UPSTREAM_OUTCOME_UNKNOWN: 'CMIOT did not confirm the change; it may have been applied',
  DEADLINE_EXCEEDED: 'the request ran out of time waiting for CMIOT',
  NOT_FOUND: 'CMIOT does not know this card',
};
