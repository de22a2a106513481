/**
 * One error family for everything that goes wrong between the gateway and an upstream.
 *
 * The message is ours, in English, and safe to show a client: it never carries a token, a
 * secret, a signature or a URL with credentials. The upstream's own code and message (often
 * Chinese, e.g. `12021` TOKEN不存在或已过期) travel beside it so operators can read both.
 */
export type UpstreamName = 'shingsou' | 'cmiot';

export type UpstreamErrorCode =
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_AUTH_FAILED'
  | 'UPSTREAM_BAD_RESPONSE'
  /** The upstream refused the request as malformed: a bug on our side or an unchecked input. */
  | 'UPSTREAM_BAD_REQUEST'
  /** A business rule of the upstream refused the request (cooldown, wrong state, ...). */
  | 'UPSTREAM_REJECTED'
  /** The gateway's own path table or credentials do not match the upstream. */
  | 'UPSTREAM_MISCONFIGURED'
  /**
   * A write was sent but no answer came back (timeout, connection reset after the request
   * left): the upstream may or may not have acted. Never retryable without its idempotency key.
   */
  | 'UPSTREAM_OUTCOME_UNKNOWN'
  /** The GraphQL request's own deadline (`REQUEST_TIMEOUT_MS`) ended the wait for this upstream. */
  | 'DEADLINE_EXCEEDED'
  | 'NOT_FOUND';

export interface UpstreamErrorDetails {
  upstream: UpstreamName;
  code: UpstreamErrorCode;
  message: string;
  /** The upstream's own code, as a string exactly as received (`"12021"`, `"invalid_client"`). */
  upstreamCode?: string | undefined;
  /** The upstream's own message, e.g. `TOKEN不存在或已过期，请重新获取`. */
  upstreamMessage?: string | undefined;
  /** Whether the same read may succeed if sent again. Mutations are never retried regardless. */
  retryable?: boolean;
  /** Seconds the upstream asked us to wait (HTTP `Retry-After`). */
  retryAfterSeconds?: number | undefined;
}

const RETRYABLE_BY_DEFAULT: ReadonlySet<UpstreamErrorCode> = new Set([
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_RATE_LIMITED',
]);

export class UpstreamError extends Error {
  readonly upstream: UpstreamName;
  readonly code: UpstreamErrorCode;
  readonly upstreamCode: string | undefined;
  readonly upstreamMessage: string | undefined;
  readonly retryable: boolean;
  readonly retryAfterSeconds: number | undefined;

  constructor(details: UpstreamErrorDetails) {
    super(details.message);
    this.name = 'UpstreamError';
    this.upstream = details.upstream;
    this.code = details.code;
    this.upstreamCode = details.upstreamCode;
    this.upstreamMessage = details.upstreamMessage;
    this.retryable = details.retryable ?? RETRYABLE_BY_DEFAULT.has(details.code);
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}

/**
 * Whether a write's failure leaves its outcome unknown (it may have been applied). Decided once,
 * by the HTTP layer (`http.ts`), which alone knows whether the request left: a timeout or a
 * deadline while waiting for a queue slot, the account budget, a token or a lookup before the
 * write sent nothing, and says UPSTREAM_TIMEOUT or DEADLINE_EXCEEDED, never this code.
 */
export function isOutcomeUnknown(error: unknown): error is UpstreamError {
  return isUpstreamError(error) && error.code === 'UPSTREAM_OUTCOME_UNKNOWN';
}

/**
 * A write that may have been applied. `keyed`: its body carries an idempotency key, so the same
 * request sent again creates nothing twice (`shingsou.md` §3); the schema layer names the key.
 */
export function outcomeUnknown(cause: UpstreamError, keyed: boolean): UpstreamError {
  return new UpstreamError({
    upstream: cause.upstream,
    code: 'UPSTREAM_OUTCOME_UNKNOWN',
    message: keyed
      ? `${cause.upstream} may or may not have acted: ${cause.message}`
      : `${cause.upstream} may or may not have acted: ${cause.message}. Check the outcome before sending it again`,
    upstreamCode: cause.upstreamCode,
    retryable: keyed,
  });
}
