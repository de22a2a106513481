import { createHash } from 'node:crypto';
import type { CmiotConfig } from '../../config';
import type { UpstreamHttp } from '../http';
import type { RequestFlow } from '../request-flow';
import { errorFromEnvelope, parseEnvelope } from './envelope';
import type { TransidGenerator } from './transid';
import type { EnvelopeDto } from './wire';

/**
 * The ebid (ability code) of each v2 API, one table (`cmiot.md` §2.2). The simulator only checks
 * that one is present (§2.1 DECISION); the real platform issues them with the appid, so a
 * deployment whose codes differ changes them here.
 */
export const V2_EBIDS = {
  userstatusrealsingle: '0001000000009',
  gprsrealsingle: '0001000000008',
  cardinfo: '0001000000010',
  gprsusedinfosingle: '0001000000012',
  balancerealsingle: '0001000000035',
  onandoffrealsingle: '0001000000025',
  querycardlifecycle: '0001000000432',
  batchquerycardlifecycle: '0001000000929',
  batchgprsusedbydate: '0001000000027',
  querycardprodinfo: '0001000000264',
  querycardcount: '0001000000417',
  arrearageuserinfo: '0001000000328',
} as const;
export type V2Api = keyof typeof V2_EBIDS;

export interface CmiotV2TransportDeps {
  config: CmiotConfig;
  http: UpstreamHttp;
  transids: TransidGenerator;
}

/**
 * `token = sha256(appid + password + transid)`, lowercase hex (`cmiot.md` §2.1, §8.5). Test
 * vector: `100001` + `secret` + `1000012014101615303080000001` →
 * `2f754d00bf4c7382419c0bee6fc06b63e2f161decb7419eb77350b37a6b0a0eb`.
 */
export function v2Signature(appid: string, password: string, transid: string): string {
  return createHash('sha256').update(appid + password + transid, 'utf8').digest('hex');
}

/**
 * The CMIOT v2 wire: every request signed on its own, public parameters in the query string
 * with the business ones (§2.1; the official samples GET or POST with an empty body). v2 has no
 * token to cache, so there is nothing to refresh. Reads are retried by the shared HTTP layer,
 * rate limits (`71`/`72` → UPSTREAM_RATE_LIMITED, §8.9) included, each try with a fresh transid
 * and signature (§8.4).
 */
export class CmiotV2Transport {
  /** @param flow the GraphQL request this transport works for (`withFlow`); none: background work. */
  constructor(
    private readonly deps: CmiotV2TransportDeps,
    private readonly flow?: RequestFlow,
  ) {}

  /** The same transport working for one request. */
  withFlow(flow: RequestFlow): CmiotV2Transport {
    return new CmiotV2Transport(this.deps, flow);
  }

  /** An idempotent v2 query; the caller reads `result`. */
  read(api: V2Api, params: Record<string, string>): Promise<EnvelopeDto> {
    return this.deps.http.run(true, () => this.call(api, params), 'read', this.flow);
  }

  private async call(api: V2Api, params: Record<string, string>): Promise<EnvelopeDto> {
    const { config, http, transids } = this.deps;
    const transid = await transids.next();
    const url = new URL(`${config.baseUrl}/v2/${api}`);
    url.searchParams.set('appid', config.appid);
    url.searchParams.set('transid', transid);
    url.searchParams.set('ebid', V2_EBIDS[api]);
    url.searchParams.set('token', v2Signature(config.appid, config.password, transid));
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    // The URL carries the signature: http.ts never logs it or puts it into an error.
    const answer = parseEnvelope(await http.send({ method: 'GET', url: url.toString(), route: `v2/${api}` }, this.flow), `v2/${api}`);
    if (answer.status !== '0') throw errorFromEnvelope(answer);
    return answer;
  }
}
