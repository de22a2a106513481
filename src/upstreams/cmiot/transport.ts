import type { z } from 'zod';
import type { CmiotConfig } from '../../config';
import type { UpstreamHttp } from '../http';
import type { RequestFlow } from '../request-flow';
import type { TokenCache } from '../tokens';
import { errorFromEnvelope, firstResult, parseEnvelope } from './envelope';
import { CmiotTokenSource } from './token-source';
import type { TransidGenerator } from './transid';
import type { EnvelopeDto } from './wire';

export interface CmiotTransportDeps {
  config: CmiotConfig;
  http: UpstreamHttp;
  tokens: TokenCache;
  transids: TransidGenerator;
}

/** A single-card selector: exactly one of the three (`cmiot.md` §1.2). */
export type CardSelector = { msisdn: string } | { iccid: string } | { imsi: string };

/** The v5 token was rejected: expired, replaced, or unknown (`cmiot.md` §3.2). */
const TOKEN_REJECTED = '12021';

/**
 * The CMIOT wire: v5 calls with the shared token and a fresh transid per HTTP request. Area
 * clients say which endpoint with which parameters; mappers turn the DTOs into domain objects.
 */
export class CmiotTransport {
  /**
   * @param flow the GraphQL request this transport works for (`withFlow`); none for the
   *   process-wide one, whose calls are background work.
   */
  constructor(
    private readonly deps: CmiotTransportDeps,
    private readonly tokenSource: CmiotTokenSource = new CmiotTokenSource(deps.config, deps.http, deps.transids),
    private readonly flow?: RequestFlow,
  ) {}

  /** The same transport (pool, token, transids) working for one request. */
  withFlow(flow: RequestFlow): CmiotTransport {
    return new CmiotTransport(this.deps, this.tokenSource, flow);
  }

  /** An idempotent v5 query answering one object in `result[0]`. */
  readOne<T extends z.ZodType>(path: string, params: Record<string, string>, schema: T): Promise<z.infer<T>> {
    return this.deps.http.run(true, async () => firstResult(await this.callV5(path, params), schema, path), 'read', this.flow);
  }

  /** An idempotent v5 query; the caller reads `result` (batch endpoints list one item per card). */
  read(path: string, params: Record<string, string>): Promise<EnvelopeDto> {
    return this.deps.http.run(true, () => this.callV5(path, params), 'read', this.flow);
  }

  /** A v5 change, sent exactly once (`cmiot.md` §8.9: status changes are never retried). */
  write(path: string, params: Record<string, string>): Promise<EnvelopeDto> {
    return this.deps.http.run(false, () => this.callV5(path, params), 'write', this.flow);
  }

  /**
   * One v5 call. On `12021` the token is replaced (unless a newer one is already cached) and the
   * call is sent once more with the new token and a new transid; never with the old token, and
   * never in a loop (`cmiot.md` §8.2). The resend is safe for changes: 12021 means not done.
   */
  private async callV5(path: string, params: Record<string, string>): Promise<EnvelopeDto> {
    const { tokens } = this.deps;
    const token = await tokens.get(this.tokenSource, this.flow);
    let answer = await this.postV5(path, params, token);
    if (answer.status === TOKEN_REJECTED) {
      answer = await this.postV5(path, params, await tokens.replace(this.tokenSource, token, this.flow));
    }
    if (answer.status !== '0') throw errorFromEnvelope(answer);
    return answer;
  }

  private async postV5(path: string, params: Record<string, string>, token: string): Promise<EnvelopeDto> {
    const transid = await this.deps.transids.next();
    const response = await this.deps.http.send(
      {
        method: 'POST',
        url: `${this.deps.config.baseUrl}/v5/ec/${path}`,
        // The simulator's route id too; `path` is an endpoint name from the calling client, no parameter.
        route: `v5/${path}`,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...params, transid, token }),
      },
      this.flow,
    );
    return parseEnvelope(response, path);
  }
}
