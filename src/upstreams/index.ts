import pino, { type Logger } from 'pino';
import type { Config } from '../config';
import { CarrierCounter } from './carrier-counts';
import { CmiotClient } from './cmiot/client';
import { LocalTransidGenerator, SharedTransidGenerator, type TransidGenerator } from './cmiot/transid';
import { createChangeRecord } from './change-record';
import { UpstreamHttp } from './http';
import { createLiveCache } from './live-cache';
import { NO_METRICS, type UpstreamMetrics } from './metrics';
import { notConfigured } from './not-configured';
import { CardTaxonomy } from './shingsou/card-taxonomy';
import { ShingsouClient } from './shingsou/client';
import { PackageCatalog } from './shingsou/package-catalog';
import { ReferenceCodeCache } from './shingsou/reference-code-cache';
import { WechatPublicKeyCache } from './shingsou/public-key-cache';
import { connectRedis, type RedisConnection } from './redis';
import { RequestUpstreams, type SharedUpstreams, type Upstreams } from './request-upstreams';
import { createTokenStore } from './token-store';
import { TokenCache } from './tokens';

export type { CatalogReads, ReferenceCodeReads, TaxonomyReads, UpstreamParts, UpstreamReadiness, Upstreams } from './request-upstreams';
export type { RequestFlow } from './request-flow';

export interface UpstreamOptions {
  /** Overrides for tests: how long a credential error blocks token requests. */
  authFailureBackoffMs?: number;
  /**
   * Redis and breaker transitions, token fall-backs: one line per transition, never a URL,
   * token, secret or signature. Silent by default.
   */
  log?: Logger;
  /** Overrides for tests: how long an open breaker fails fast before one trial call. Default 5 s. */
  breakerHalfOpenMs?: number;
  /** Overrides for tests: the shortest time between two fetches of a rejected token. Default 10 s. */
  rejectedTokenRefetchMs?: number;
  /**
   * The process's one Redis connection (`KEYV_URL`), built by the composition root (`app.ts`)
   * and shared with the rate limits; the caller closes it. Without it, a `KEYV_URL` in `config`
   * gets a connection of this layer's own, closed by `close()` (tools and tests that build only
   * the upstream layer).
   */
  redis?: RedisConnection | undefined;
  /**
   * Where upstream calls, token fetches, breaker states and cache lookups are reported: the
   * composition root's Prometheus registry (`http/metrics.ts`). Default `NO_METRICS`.
   */
  metrics?: UpstreamMetrics;
}

export function createUpstreams(config: Config, options: UpstreamOptions = {}): Upstreams {
  const log = options.log ?? pino({ level: 'silent' });
  const metrics = options.metrics ?? NO_METRICS;
  const ownRedis = options.redis === undefined && config.keyvUrl ? connectRedis(config.keyvUrl, { log }) : undefined;
  const redis = options.redis ?? ownRedis;
  if (redis && config.tokenEncryptionKey === undefined) {
    log.warn('KEYV_URL is set without TOKEN_ENCRYPTION_KEY: upstream tokens are kept in Redis in clear');
  }
  const store = createTokenStore({ redis, encryptionKey: config.tokenEncryptionKey });
  const tokens = new TokenCache(store, {
    authFailureBackoffMs: options.authFailureBackoffMs,
    rejectedRefetchMs: options.rejectedTokenRefetchMs,
    log,
    metrics,
  });
  const liveCache = createLiveCache(redis, 'simgraph:live', metrics, 'live');
  const referenceCache = createLiveCache(redis, 'simgraph:reference', metrics, 'reference');
  const pools: UpstreamHttp[] = [];
  const pool = (upstream: 'shingsou' | 'cmiot', account: string) => {
    const http = new UpstreamHttp({
      upstream,
      account,
      timeoutMs: config.timeoutMs[upstream],
      concurrency: config.upstreamConcurrency,
      maxInFlight: config.accountBudget[upstream].maxInFlight,
      callsPerSecond: config.accountBudget[upstream].callsPerSecond,
      maxBodyBytes: config.upstreamMaxBodyBytes,
      redis,
      breaker: { halfOpenAfterMs: options.breakerHalfOpenMs },
      log,
      metrics,
    });
    pools.push(http);
    return http;
  };

  const shingsou =
    config.shingsou &&
    new ShingsouClient({ config: config.shingsou, http: pool('shingsou', config.shingsou.clientId), tokens });
  const cmiot =
    config.cmiot &&
    new CmiotClient({
      config: config.cmiot,
      http: pool('cmiot', config.cmiot.appid),
      tokens,
      transids: transidGenerator(config.cmiot.appid, redis),
    });

  const shared: SharedUpstreams = {
    shingsou,
    cmiot,
    liveCache,
    catalog: shingsou && new PackageCatalog(shingsou.payments),
    referenceCodes: shingsou && new ReferenceCodeCache(shingsou.referenceCodes),
    cardTaxonomy: shingsou && new CardTaxonomy(shingsou.backOffice),
    wechatPublicKeys: shingsou && new WechatPublicKeyCache(shingsou.transfers),
    carrierCounts: new CarrierCounter(shingsou, cmiot, referenceCache),
    changeRecord: createChangeRecord({ redis }),
    forRequest(flow) {
      return new RequestUpstreams(shared, flow);
    },
    readiness() {
      return { redis: redis ? redis.state() : 'off', openBreakers: pools.flatMap((http) => http.openBreakers()) };
    },
    async close() {
      await Promise.all(pools.map((http) => http.close()));
      await store.close();
      await liveCache.close();
      await referenceCache.close();
      await ownRedis?.close();
    },
  };
  return shared;
}

/** What exists only when an upstream is configured, and which upstream that is. */
const NEEDS = {
  shingsou: 'shingsou',
  cmiot: 'cmiot',
  catalog: 'shingsou',
  referenceCodes: 'shingsou',
  cardTaxonomy: 'shingsou',
  wechatPublicKeys: 'shingsou',
} as const satisfies Partial<Record<keyof Upstreams, 'shingsou' | 'cmiot'>>;

export type ConfiguredPart = keyof typeof NEEDS;

/**
 * The client or cache `part`, or the UPSTREAM_MISCONFIGURED error naming its upstream: the one
 * "not configured" guard of a field whose upstream has no credentials in this deployment.
 */
export function requireUpstream<K extends ConfiguredPart>(upstreams: Upstreams, part: K): NonNullable<Upstreams[K]> {
  const value = upstreams[part];
  if (value === undefined) throw notConfigured(NEEDS[part]);
  // Narrowing an indexed access of a generic key needs the assertion; `undefined` is excluded above.
  return value as NonNullable<Upstreams[K]>;
}

/** Unique across replicas through Redis when it is shared; per process otherwise (`cmiot.md` §8.4). */
function transidGenerator(appid: string, redis: RedisConnection | undefined): TransidGenerator {
  if (!redis) return new LocalTransidGenerator(appid);
  return new SharedTransidGenerator(appid, (key, size) => redis.bounded((client) => client.incrBy(key, size)));
}
