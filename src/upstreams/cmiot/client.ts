import type { z } from 'zod';
import type { CmiotConfig } from '../../config';
import type { UpstreamHttp } from '../http';
import type { TokenCache } from '../tokens';
import { errorFromEnvelope, firstResult, parseEnvelope } from './envelope';
import { CmiotTokenSource } from './token-source';
import type { TransidGenerator } from './transid';
import { formatShanghaiIso, type CardStatus } from '../../domain';
import { toCardStatus } from './mapper';
import { simStatus, type EnvelopeDto } from './wire';

export interface CmiotClientDeps {
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
 * The CMIOT wire: v5 calls with the shared token and a fresh transid per HTTP request; parsed
 * DTOs go through `mapper.ts`. It knows nothing of GraphQL.
 */
export class CmiotClient {
  private readonly tokenSource: CmiotTokenSource;

  constructor(private readonly deps: CmiotClientDeps) {
    this.tokenSource = new CmiotTokenSource(deps.config, deps.http, deps.transids);
  }

  /** `query/sim-status` (25S04): PB or CT code set, as a string. */
  async simStatus(card: CardSelector): Promise<CardStatus> {
    const dto = await this.readOne('query/sim-status', card, simStatus);
    return toCardStatus(dto, formatShanghaiIso(Date.now()));
  }

  private readOne<T extends z.ZodType>(path: string, params: Record<string, string>, schema: T): Promise<z.infer<T>> {
    return this.deps.http.run(true, async () => {
      const answer = await this.callV5(path, params);
      return firstResult(answer, schema, path);
    });
  }

  /**
   * One v5 call. On `12021` the token is replaced (unless a newer one is already cached) and the
   * call is sent once more with the new token and a new transid; never with the old token, and
   * never in a loop (`cmiot.md` §8.2).
   */
  private async callV5(path: string, params: Record<string, string>): Promise<EnvelopeDto> {
    const { tokens } = this.deps;
    const token = await tokens.get(this.tokenSource);
    let answer = await this.postV5(path, params, token);
    if (answer.status === TOKEN_REJECTED) {
      answer = await this.postV5(path, params, await tokens.replace(this.tokenSource, token));
    }
    if (answer.status !== '0') throw errorFromEnvelope(answer);
    return answer;
  }

  private async postV5(path: string, params: Record<string, string>, token: string): Promise<EnvelopeDto> {
    const transid = await this.deps.transids.next();
    const response = await this.deps.http.send({
      method: 'POST',
      url: `${this.deps.config.baseUrl}/v5/ec/${path}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...params, transid, token }),
    });
    return parseEnvelope(response, path);
  }
}
