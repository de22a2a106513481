import type { z } from 'zod';
import type { ShingsouConfig } from '../../config';
import type { HttpResponse, UpstreamHttp } from '../http';
import type { RequestFlow } from '../request-flow';
import type { TokenCache } from '../tokens';
import { SHINGSOU_OPERATIONS, type ShingsouOperation, type ShingsouOperations } from './operations';
import { isExpiredTokenAnswer, parseBody } from './responses';
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

  /** An idempotent read: retried on 5xx and rate limits (`shingsou.md` §8.7). */
  read<T extends z.ZodType>(operation: ShingsouOperation, query: Query, schema: T): Promise<z.infer<T>> {
    return this.deps.http.run(true, async () => parseBody(await this.send(operation, query), schema, operation.id), 'read', this.flow);
  }

  /**
   * A write. Sent exactly once unless `idempotent` says a resend is safe (the body carries an
   * idempotency key such as `clientOrderNo`, `outTradeNo` or `refundNo`, `shingsou.md` §3).
   */
  write<T extends z.ZodType>(
    operation: ShingsouOperation,
    body: unknown,
    schema: T,
    options: { query?: Query; idempotent?: boolean; contentType?: string } = {},
  ): Promise<z.infer<T>> {
    return this.deps.http.run(
      options.idempotent ?? false,
      async () => parseBody(await this.send(operation, options.query ?? {}, body, options.contentType), schema, operation.id),
      'write',
      this.flow,
    );
  }

  /**
   * Sends once with the cached token; on an expired-token answer, once more with a new one.
   * The resend is safe for writes too: a 401 comes from the gateway before the backend acts.
   */
  async send(operation: ShingsouOperation, query: Query, body?: unknown, contentType?: string): Promise<HttpResponse> {
    const { tokens } = this.deps;
    const token = await tokens.get(this.tokenSource, this.flow);
    const first = await this.exchange(operation, query, body, token, contentType);
    if (!isExpiredTokenAnswer(first)) return first;
    const fresh = await tokens.replace(this.tokenSource, token, this.flow);
    return this.exchange(operation, query, body, fresh, contentType);
  }

  private exchange(
    operation: ShingsouOperation,
    query: Query,
    body: unknown,
    token: string,
    contentType = 'application/json; charset=utf-8',
  ): Promise<HttpResponse> {
    const url = new URL(this.deps.config.baseUrl + operation.path);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = {
      'ocp-apim-subscription-key': this.deps.config.subscriptionKey,
      authorization: `Bearer ${token}`,
      accept: 'application/json',
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
