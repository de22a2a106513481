import { CarrierCounter } from './carrier-counts';
import type { CmiotClient } from './cmiot/client';
import type { ChangeRecord } from './change-record';
import type { LiveCache } from './live-cache';
import type { RequestFlow } from './request-flow';
import type { CardTaxonomy } from './shingsou/card-taxonomy';
import type { ShingsouClient } from './shingsou/client';
import type { PackageCatalog } from './shingsou/package-catalog';
import type { ReferenceCodeCache } from './shingsou/reference-code-cache';
import type { WechatPublicKeyCache } from './shingsou/public-key-cache';
import type { PublicKeySource } from './shingsou/transfers';

/** The reads of the process-wide caches a request makes; the view binds them to its flow. */
export type CatalogReads = Pick<PackageCatalog, 'categories' | 'packages' | 'packageById'>;
export type ReferenceCodeReads = Pick<ReferenceCodeCache, 'table'>;
export type TaxonomyReads = Pick<CardTaxonomy, 'has'>;

/** What a request's resolvers and loaders use of the upstream layer (`Upstreams`, `index.ts`). */
export interface UpstreamParts {
  shingsou: ShingsouClient | undefined;
  cmiot: CmiotClient | undefined;
  liveCache: LiveCache;
  catalog: CatalogReads | undefined;
  referenceCodes: ReferenceCodeReads | undefined;
  cardTaxonomy: TaxonomyReads | undefined;
  /** WeChat Pay merchants' public keys for bank transfers (`shingsou.md` §6.4.1). */
  wechatPublicKeys: PublicKeySource | undefined;
  carrierCounts: CarrierCounter;
  changeRecord: ChangeRecord;
}

/** What `/readyz` reports of the upstream layer; cheap, no I/O. */
export interface UpstreamReadiness {
  /** `off`: no `KEYV_URL`; `down`: configured and not answering (degraded, still ready). */
  redis: 'off' | 'up' | 'down';
  /** Breakers that are open or half-open now, e.g. `shingsou:read`. */
  openBreakers: string[];
}

/**
 * The upstream layer: one HTTP pool per upstream, one token cache, one client per configured
 * upstream, made once at start-up (`createUpstreams`). Requests share it through `forRequest`.
 */
export interface Upstreams extends UpstreamParts {
  /** The layer as one request sees it: every call it makes carries `flow`. */
  forRequest(flow: RequestFlow): Upstreams;
  /** What `/readyz` reports of this layer; cheap, no I/O. */
  readiness(): UpstreamReadiness;
  close(): Promise<void>;
}

/** The process-wide layer a view is made from: the caches themselves, not their reads. */
export interface SharedUpstreams extends Upstreams {
  catalog: PackageCatalog | undefined;
  referenceCodes: ReferenceCodeCache | undefined;
  cardTaxonomy: CardTaxonomy | undefined;
  wechatPublicKeys: WechatPublicKeyCache | undefined;
}

/**
 * The upstream layer as one GraphQL request sees it: the same pools, tokens and caches, with
 * every call made for the request carrying its flow (its deadline, its line in the fair queues,
 * its count of upstream calls for the access log). Made per request by `Upstreams.forRequest`;
 * each client is bound on first use, so a request that calls no upstream binds nothing.
 */
export class RequestUpstreams implements Upstreams {
  readonly liveCache: LiveCache;
  readonly changeRecord: ChangeRecord;
  private bound: { shingsou?: ShingsouClient | undefined; cmiot?: CmiotClient | undefined; carrierCounts?: CarrierCounter } = {};

  constructor(
    private readonly shared: SharedUpstreams,
    readonly flow: RequestFlow,
  ) {
    this.liveCache = shared.liveCache;
    this.changeRecord = shared.changeRecord;
  }

  forRequest(flow: RequestFlow): Upstreams {
    return new RequestUpstreams(this.shared, flow);
  }

  readiness(): UpstreamReadiness {
    return this.shared.readiness();
  }

  close(): Promise<void> {
    return this.shared.close();
  }

  get shingsou(): ShingsouClient | undefined {
    if (!('shingsou' in this.bound)) this.bound.shingsou = this.shared.shingsou?.forFlow(this.flow);
    return this.bound.shingsou;
  }

  get cmiot(): CmiotClient | undefined {
    if (!('cmiot' in this.bound)) this.bound.cmiot = this.shared.cmiot?.forFlow(this.flow);
    return this.bound.cmiot;
  }

  get carrierCounts(): CarrierCounter {
    return (this.bound.carrierCounts ??= this.shared.carrierCounts.withClients(this.shingsou, this.cmiot));
  }

  get catalog(): CatalogReads | undefined {
    const { catalog } = this.shared;
    const { flow } = this;
    return (
      catalog && {
        categories: () => catalog.categories(flow),
        packages: () => catalog.packages(flow),
        packageById: (id: number) => catalog.packageById(id, flow),
      }
    );
  }

  get referenceCodes(): ReferenceCodeReads | undefined {
    const { referenceCodes } = this.shared;
    const { flow } = this;
    return referenceCodes && { table: (table) => referenceCodes.table(table, flow) };
  }

  get wechatPublicKeys(): PublicKeySource | undefined {
    const { wechatPublicKeys } = this.shared;
    const { flow } = this;
    return (
      wechatPublicKeys && {
        get: (merchantId) => wechatPublicKeys.get(merchantId, flow),
        forget: (merchantId, pem) => wechatPublicKeys.forget(merchantId, pem),
      }
    );
  }

  get cardTaxonomy(): TaxonomyReads | undefined {
    const { cardTaxonomy } = this.shared;
    const { flow } = this;
    return cardTaxonomy && { has: (kind, id) => cardTaxonomy.has(kind, id, flow) };
  }
}
