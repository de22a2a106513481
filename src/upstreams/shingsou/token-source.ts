import type { ShingsouConfig } from '../../config';
import { UpstreamError } from '../errors';
import type { UpstreamHttp } from '../http';
import type { FetchedToken, TokenSource } from '../tokens';
import { badResponse } from './responses';
import { tokenError, tokenResponse } from './wire';

/** IdentityServer errors that mean "the credentials are wrong", not "try again" (§2.2). */
const CREDENTIAL_ERRORS = new Set(['invalid_client', 'unauthorized_client', 'invalid_scope']);

/** Fetches a client-credentials token from IdentityServer (`shingsou.md` §2.1, §8.4). */
export class ShingsouTokenSource implements TokenSource {
  readonly upstream = 'shingsou' as const;
  readonly key: string;

  constructor(
    private readonly config: ShingsouConfig,
    private readonly http: UpstreamHttp,
  ) {
    this.key = `token:shingsou:${config.clientId}`;
  }

  async fetch(): Promise<FetchedToken> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.config.clientId,
      client_secret: this.config.clientSecret,
      scope: this.config.scope,
    });
    // Token calls have their own breaker and timeout, never the data breaker: a passive refresh
    // made inside a half-open trial call would otherwise wait on that trial (issue 9 item 2).
    // Retried only where no token can have been issued (a refused connection, a 429); never
    // after a timeout, a reset or a 5xx, which may have issued one a resend would overwrite
    // (覆盖, §2.1): the HTTP layer decides what may have left.
    const response = await this.http.run(
      true,
      () =>
        this.http.send({
          method: 'POST',
          url: this.config.tokenUrl,
          route: 'token',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
          timeoutMs: this.http.tokenTimeoutMs,
        }),
      'token',
    );
    let body: unknown;
    try {
      body = JSON.parse(response.text);
    } catch {
      throw badResponse('a token answer');
    }
    if (response.status === 200) {
      const ok = tokenResponse.safeParse(body);
      if (!ok.success) throw badResponse('a token answer');
      return { value: ok.data.access_token, ttlSeconds: ok.data.expires_in };
    }
    const failed = tokenError.safeParse(body);
    if (!failed.success) throw badResponse('a token error');
    const credentials = CREDENTIAL_ERRORS.has(failed.data.error);
    throw new UpstreamError({
      upstream: 'shingsou',
      code: credentials ? 'UPSTREAM_AUTH_FAILED' : 'UPSTREAM_BAD_REQUEST',
      message: credentials
        ? 'Shingsou refused the client credentials; check SHINGSOU_CLIENT_ID, SHINGSOU_CLIENT_SECRET and SHINGSOU_SCOPE'
        : 'Shingsou refused the token request',
      upstreamCode: failed.data.error,
      upstreamMessage: failed.data.error_description,
    });
  }
}
