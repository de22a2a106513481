import type { z } from 'zod';
import type { CmiotConfig } from '../../config';
import type { UpstreamHttp } from '../http';
import type { TokenCache } from '../tokens';
import { errorFromEnvelope, firstResult, parseEnvelope } from './envelope';
import { CmiotTokenSource } from './token-source';
import type { TransidGenerator } from './transid';
import { formatShanghaiIso, type CardStatus } from '../../domain';
import { toCardStatus } from './mapper';
import { batchJob, batchJobResult, simStatus, type BatchJobResultDto, type EnvelopeDto } from './wire';

export interface CmiotClientDeps {
  config: CmiotConfig;
  http: UpstreamHttp;
  tokens: TokenCache;
  transids: TransidGenerator;
}

/** A single-card selector: exactly one of the three (`cmiot.md` §1.2). */
export type CardSelector = { msisdn: string } | { iccid: string } | { imsi: string };

/** Batch limits of the contract (`cmiot.md` §5). */
export const CMIOT_LIMITS = { batch: 100, locationBatch: 20, groupMemberPage: 50 } as const;

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

  /**
   * `change/sim-status/batch` (23S06): stop (`9`) or resume (`11`) up to 100 cards, `reason=01`.
   * Never retried: a resend after a lost answer would hit the cooldown and refuse the whole
   * batch (`cmiot.md` §8.9); the outcome is read back with `batchResult`.
   */
  async changeStatusBatch(msisdns: readonly string[], action: 'SUSPEND' | 'RESUME'): Promise<string> {
    if (msisdns.length === 0 || msisdns.length > CMIOT_LIMITS.batch) {
      throw new RangeError(`change/sim-status/batch takes 1 to ${CMIOT_LIMITS.batch} cards`);
    }
    const params = { msisdns: msisdns.join('_'), operType: action === 'SUSPEND' ? '9' : '11', reason: '01' };
    return this.deps.http.run(false, async () => {
      const answer = await this.callV5('change/sim-status/batch', params);
      return firstResult(answer, batchJob, 'change/sim-status/batch').jobId;
    });
  }

  /** `query/sim-batch-result` (23M10). */
  batchResult(jobId: string): Promise<BatchJobResultDto> {
    return this.readOne('query/sim-batch-result', { jobId }, batchJobResult);
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
