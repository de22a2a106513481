import type { z } from 'zod';
import type { ShingsouConfig } from '../../config';
import type { HttpResponse, UpstreamHttp } from '../http';
import type { TokenCache } from '../tokens';
import { SHINGSOU_LIMITS, SHINGSOU_OPERATIONS, type ShingsouOperation, type ShingsouOperations } from './operations';
import { isExpiredTokenAnswer, parseBody } from './responses';
import { ShingsouTokenSource } from './token-source';
import { formatShanghaiIso, type Card, type CardChangeAction, type CardChangeOutcome, type CardStatus } from '../../domain';
import { toCard, toCardStatus, toChangeOutcome } from './mapper';
import { flowCardPage, flowCardStatus, networkResponse } from './wire';

export interface ShingsouClientDeps {
  config: ShingsouConfig;
  http: UpstreamHttp;
  tokens: TokenCache;
  operations?: ShingsouOperations;
}

export interface CardPage {
  cards: Card[];
  /** Cards matching the query across all pages. */
  total: number;
}

export interface FlowCardQuery {
  page: number;
  pageSize: number;
  /** Shingsou `operator` code (`shingsou.md` §3). */
  operator?: number | undefined;
  keyword?: string | undefined;
}

type Query = Record<string, string | number | undefined>;

/**
 * The Shingsou wire: builds each request of the contract, attaches the subscription key and
 * the shared bearer token, parses the answer into wire DTOs and hands them to `mapper.ts`.
 * It knows nothing of GraphQL.
 */
export class ShingsouClient {
  private readonly tokenSource: ShingsouTokenSource;
  private readonly operations: ShingsouOperations;

  constructor(private readonly deps: ShingsouClientDeps) {
    this.tokenSource = new ShingsouTokenSource(deps.config, deps.http);
    this.operations = deps.operations ?? SHINGSOU_OPERATIONS;
  }

  /** `flowcard-get`: one page of the inventory. */
  async listFlowCards(query: FlowCardQuery): Promise<CardPage> {
    const page = await this.read(this.operations.flowcardGet, { ...query }, flowCardPage);
    return { cards: page.items.map(toCard), total: page.total };
  }

  /** `flowcard-get?cardNos=`: up to 100 cards by ICCID or MSISDN; unknown ones are absent. */
  async findFlowCards(cardNos: readonly string[]): Promise<Card[]> {
    if (cardNos.length > SHINGSOU_LIMITS.cardsPerRequest) {
      throw new RangeError(`at most ${SHINGSOU_LIMITS.cardsPerRequest} cards per flowcard-get call`);
    }
    const query = { cardNos: cardNos.join(','), page: 1, pageSize: SHINGSOU_LIMITS.pageSize };
    const page = await this.read(this.operations.flowcardGet, query, flowCardPage);
    return page.items.map(toCard);
  }

  /** `flowcard-status`: a live carrier query for one card. */
  async flowCardStatus(cardNo: string): Promise<CardStatus> {
    return toCardStatus(await this.read(this.operations.flowcardStatus, { cardNo }, flowCardStatus));
  }

  /**
   * `flowcard-network` (停复机) for up to 100 cards. Sent exactly once: the call carries no
   * idempotency key, so a retry after a lost answer could stop a card twice or trip the
   * cooldown (`shingsou.md` §8.7). `operators` gives each card's operator, for its status.
   */
  async changeNetwork(
    cardNos: readonly string[],
    action: CardChangeAction,
    operators: ReadonlyMap<string, number> = new Map(),
  ): Promise<CardChangeOutcome[]> {
    if (cardNos.length === 0 || cardNos.length > SHINGSOU_LIMITS.cardsPerRequest) {
      throw new RangeError(`flowcard-network takes 1 to ${SHINGSOU_LIMITS.cardsPerRequest} cards`);
    }
    const body = { cardNos, operType: action === 'SUSPEND' ? 0 : 1 };
    const operation = this.operations.flowcardNetwork;
    const answer = await this.deps.http.run(false, async () =>
      parseBody(await this.send(operation, {}, body), networkResponse, operation.id),
    );
    const checkedAt = formatShanghaiIso(Date.now());
    return answer.results.map((result) => toChangeOutcome(result, operators.get(result.cardNo), checkedAt));
  }

  private read<T extends z.ZodType>(operation: ShingsouOperation, query: Query, schema: T): Promise<z.infer<T>> {
    return this.deps.http.run(true, async () => parseBody(await this.send(operation, query), schema, operation.id));
  }

  /** Sends once with the cached token; on an expired-token answer, once more with a new one. */
  private async send(operation: ShingsouOperation, query: Query, body?: unknown): Promise<HttpResponse> {
    const { tokens } = this.deps;
    const token = await tokens.get(this.tokenSource);
    const first = await this.exchange(operation, query, body, token);
    if (!isExpiredTokenAnswer(first)) return first;
    const fresh = await tokens.replace(this.tokenSource, token);
    return this.exchange(operation, query, body, fresh);
  }

  private exchange(operation: ShingsouOperation, query: Query, body: unknown, token: string): Promise<HttpResponse> {
    const url = new URL(this.deps.config.baseUrl + operation.path);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = {
      'ocp-apim-subscription-key': this.deps.config.subscriptionKey,
      authorization: `Bearer ${token}`,
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    return this.deps.http.send({
      method: operation.method,
      url: url.toString(),
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}
