import type { z } from 'zod';
import type { ShingsouConfig } from '../../config';
import type { HttpResponse, UpstreamHttp } from '../http';
import type { RequestFlow } from '../request-flow';
import type { TokenCache } from '../tokens';
import { SHINGSOU_OPERATIONS, type ShingsouOperation, type ShingsouOperations } from './operations';
import { badResponse, errorFromResponse, isExpiredTokenAnswer, parseBody, type ErrorMapper } from './responses';
import { ShingsouTokenSource } from './token-source';

export interface ShingsouTransportDeps {
  config: ShingsouConfig;
  http: UpstreamHttp;
  tokens: TokenCache;
  operations?: ShingsouOperations;
}

export type Query = Record<string, string | number | boolean | undefined>;

/**
 * The Shingsou wire: builds each request of the contract, attaches the subscription key and
 * the shared bearer token, and parses the answer. Area clients (`cards.ts`, `payments.ts`, ...)
 * say which operation with which parameters; mappers turn the DTOs into domain objects.
 */
export class ShingsouTransport {
  readonly operations: ShingsouOperations;

  /**
   * @param flow the GraphQL request this transport works for (`withFlow`); none for the
   *   process-wide one, whose calls are background work.
   */
  constructor(
    private readonly deps: ShingsouTransportDeps,
    private readonly tokenSource: ShingsouTokenSource = new ShingsouTokenSource(deps.config, deps.http),
    private readonly flow?: RequestFlow,
  ) {
    this.operations = deps.operations ?? SHINGSOU_OPERATIONS;
  }

  /** The same transport (pool, token, operations) working for one request. */
  withFlow(flow: RequestFlow): ShingsouTransport {
    return new ShingsouTransport(this.deps, this.tokenSource, flow);
  }

  /**
   * An idempotent read: retried on 5xx and rate limits (`shingsou.md` §8.7). `errors` maps a
   * refusal when the area knows codes of its own (`transfer-codes.ts`).
   */
  read<T extends z.ZodType>(operation: ShingsouOperation, query: Query, schema: T, errors?: ErrorMapper): Promise<z.infer<T>> {
    return this.deps.http.run(true, async () => parseBody(await this.send(operation, query), schema, operation.id, errors), 'read', this.flow);
  }

  /**
   * An idempotent read whose answer is a text file rather than JSON: WeChat Pay's bills answer
   * `text/csv` (§6.4.1). The body is bounded by the pool's `maxBodyBytes` and the exchange by the
   * upstream's timeout and the request's deadline, as every call; an answer of another type is
   * UPSTREAM_BAD_RESPONSE (a JSON error body with 200 would otherwise parse as an empty file).
   */
  readText(operation: ShingsouOperation, query: Query, mediaType: string, errors: ErrorMapper = errorFromResponse): Promise<string> {
    return this.deps.http.run(
      true,
      async () => {
        const response = await this.send(operation, query, undefined, undefined, mediaType);
        if (response.status < 200 || response.status >= 300) throw errors(response);
        if (!hasMediaType(response, mediaType)) throw badResponse(`${operation.id} an answer that is not ${mediaType}`);
        return response.text;
      },
      'read',
      this.flow,
    );
  }

  /**
   * GETs a file from a pre-signed URL the platform handed out (Alipay's bill, §6.4.1), with
   * neither the subscription key nor the token: the URL carries its own signature, and on the
   * real platform it is the provider's host, which must never see our credentials. Retried as
   * a read; `timeoutMs` is the exchange's own deadline (the request's deadline bounds it too).
   * Only `https:` URLs, or URLs on the platform's own origin (the simulator serves plain http),
   * are fetched; redirects are not followed. The URL is never logged or put into an error.
   * `undefined` when the link is gone (404 or 403: expired), which only a new link cures.
   */
  fetchFile(url: string, route: string, mediaType: string, timeoutMs: number): Promise<string | undefined> {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.origin !== new URL(this.deps.config.baseUrl).origin)) {
      return Promise.reject(badResponse(`${route} a download URL`));
    }
    const target = parsed.toString();
    return this.deps.http.run(
      true,
      async () => {
        const response = await this.deps.http.send({ method: 'GET', url: target, route, headers: { accept: mediaType }, timeoutMs }, this.flow);
        if (response.status === 404 || response.status === 403) return undefined;
        if (response.status < 200 || response.status >= 300) throw badResponse(`${route} HTTP ${response.status}`);
        if (!hasMediaType(response, mediaType)) throw badResponse(`${route} an answer that is not ${mediaType}`);
        return response.text;
      },
      'read',
      this.flow,
    );
  }

  /**
   * A write. Sent exactly once unless `idempotent` says a resend is safe (the body carries an
   * idempotency key such as `clientOrderNo`, `outTradeNo` or `refundNo`, `shingsou.md` §3).
   */
  write<T extends z.ZodType>(
    operation: ShingsouOperation,
    body: unknown,
    schema: T,
    options: { query?: Query; idempotent?: boolean; contentType?: string; errors?: ErrorMapper } = {},
  ): Promise<z.infer<T>> {
    return this.deps.http.run(
      options.idempotent ?? false,
      async () => parseBody(await this.send(operation, options.query ?? {}, body, options.contentType), schema, operation.id, options.errors),
      'write',
      this.flow,
    );
  }

  /**
   * Sends once with the cached token; on an expired-token answer, once more with a new one.
   * The resend is safe for writes too: a 401 comes from the gateway before the backend acts.
   */
  async send(operation: ShingsouOperation, query: Query, body?: unknown, contentType?: string, accept?: string): Promise<HttpResponse> {
    const { tokens } = this.deps;
    const token = await tokens.get(this.tokenSource, this.flow);
    const first = await this.exchange(operation, query, body, token, contentType, accept);
    if (!isExpiredTokenAnswer(first)) return first;
    const fresh = await tokens.replace(this.tokenSource, token, this.flow);
    return this.exchange(operation, query, body, fresh, contentType, accept);
  }

  private exchange(
    operation: ShingsouOperation,
    query: Query,
    body: unknown,
    token: string,
    contentType = 'application/json; charset=utf-8',
    accept = 'application/json',
  ): Promise<HttpResponse> {
    const url = new URL(this.deps.config.baseUrl + operation.path);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = {
      'ocp-apim-subscription-key': this.deps.config.subscriptionKey,
      authorization: `Bearer ${token}`,
      accept,
    };
    if (body !== undefined) headers['content-type'] = contentType;
    return this.deps.http.send(
      {
        method: operation.method,
        url: url.toString(),
        route: operation.id,
        headers,
        body: body === undefined ? undefined : typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
      },
      this.flow,
    );
  }
}

/** Whether the answer's `content-type` is `mediaType` (parameters such as charset aside). */
function hasMediaType(response: HttpResponse, mediaType: string): boolean {
  const header = response.headers['content-type'];
  const value = Array.isArray(header) ? header[0] : header;
  return (value ?? '').split(';')[0]?.trim().toLowerCase() === mediaType;
}
