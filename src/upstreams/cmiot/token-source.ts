import type { CmiotConfig } from '../../config';
import type { UpstreamHttp } from '../http';
import type { CachedToken, FetchReason, FetchedToken, TokenSource } from '../tokens';
import { errorFromEnvelope, firstResult, parseEnvelope } from './envelope';
import type { TransidGenerator } from './transid';
import { tokenResult } from './wire';

/** Assumed when `ttl` is missing or not numeric (`cmiot.md` §3.2). */
const DEFAULT_TTL_SECONDS = 3600;

/**
 * Fetches the v5 token (`cmiot.md` §3.2, §8.1-8.2). A cold start asks with `refresh=0`, which
 * adopts the platform's current token instead of killing it for every other holder; a refresh
 * ahead of expiry asks `refresh=1`, because `refresh=0` would hand back the expiring token.
 */
export class CmiotTokenSource implements TokenSource {
  readonly upstream = 'cmiot' as const;
  readonly key: string;

  constructor(
    private readonly config: CmiotConfig,
    private readonly http: UpstreamHttp,
    private readonly transids: TransidGenerator,
  ) {
    this.key = `token:cmiot:${config.appid}`;
  }

  async fetch(reason: FetchReason, rejected?: string, previous?: CachedToken): Promise<FetchedToken> {
    const first = await this.request(reason === 'ahead-of-expiry' ? '1' : '0');
    if (reason === 'ahead-of-expiry') return first;
    const staleCopy = rejected !== undefined && first.value === rejected;
    return staleCopy || this.nearlyExpired(first, previous) ? this.request('1') : first;
  }

  /**
   * A `refresh=0` answer hands back the platform's current token with its *remaining* ttl; if
   * that is already inside the refresh margin, take a new one now (`cmiot.md` §8.1). The margin
   * needs the full lifetime, which only a token we fetched before tells: without one, the
   * answer is taken as it is, and the cache refreshes it ahead of its expiry like any other.
   */
  private nearlyExpired(answer: FetchedToken, previous: CachedToken | undefined): boolean {
    if (!previous) return false;
    const lifetimeSeconds = (previous.expiresAt - previous.issuedAt) / 1000;
    return answer.ttlSeconds < Math.min(300, lifetimeSeconds / 10);
  }

  private async request(refresh: '0' | '1'): Promise<FetchedToken> {
    // POST with a JSON body keeps the password out of URLs, which proxies and logs record.
    // Own breaker and timeout (kind `token`): a passive refresh inside a half-open trial call
    // never waits on that trial (issue 9 item 2). Retried only where nothing can have been
    // issued (a refused connection, a 429), each try with a fresh transid (§8.4): a resend
    // after the request may have left would kill the token it issued (§3.2).
    const response = await this.http.run(
      true,
      async () =>
        this.http.send({
          method: 'POST',
          url: `${this.config.baseUrl}/v5/ec/get/token`,
          route: 'v5/get/token',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ appid: this.config.appid, password: this.config.password, transid: await this.transids.next(), refresh }),
          timeoutMs: this.http.tokenTimeoutMs,
        }),
      'token',
    );
    const answer = parseEnvelope(response, 'a token answer');
    if (answer.status !== '0') throw errorFromEnvelope(answer);
    const result = firstResult(answer, tokenResult, 'a token answer');
    const ttl = Number(result.ttl);
    return { value: result.token, ttlSeconds: Number.isFinite(ttl) && ttl > 0 ? ttl : DEFAULT_TTL_SECONDS };
  }
}
