import type { PackageCategory, RechargePackage } from '../../domain';
import type { RequestFlow } from '../request-flow';
import { TtlValue } from '../ttl-value';
import type { ShingsouPayments } from './payments';

/**
 * The recharge catalogue (`shingsou.md` §6.1): package categories and the packages on sale.
 *
 * Cached in-process for a few minutes because it is reference data a console changes rarely,
 * while a recharge page asks for it on every visit and `createRechargeOrder` checks its package
 * against it: without the cache each of those would cost one or two upstream calls. A plain
 * TTL map rather than keyv: the value is a small object graph (not worth serializing for Redis),
 * each replica may hold its own copy, and a package put on sale shows up within the TTL.
 * Concurrent misses share one fetch; a failed fetch is not cached. Built once per upstream layer
 * (`createUpstreams`), so two gateways in one process (tests) never share it.
 */
export const CATALOG_TTL_MS = 5 * 60_000;

export class PackageCatalog {
  private readonly categoryList: TtlValue<PackageCategory[]>;
  private readonly packageList: TtlValue<{ all: RechargePackage[]; byId: Map<number, RechargePackage> }>;

  constructor(payments: ShingsouPayments, ttlMs = CATALOG_TTL_MS) {
    this.categoryList = new TtlValue(() => payments.categories(), ttlMs, 'shingsou');
    this.packageList = new TtlValue(async () => {
      const all = await payments.packages();
      return { all, byId: new Map(all.map((p) => [p.id, p])) };
    }, ttlMs, 'shingsou');
  }

  /** `flow`, here and below: the request waiting, whose deadline ends its wait (`TtlValue`). */
  categories(flow?: RequestFlow): Promise<PackageCategory[]> {
    return this.categoryList.get(flow);
  }

  async packages(flow?: RequestFlow): Promise<RechargePackage[]> {
    return (await this.packageList.get(flow)).all;
  }

  /** `null` when no package on sale has this id. */
  async packageById(id: number, flow?: RequestFlow): Promise<RechargePackage | null> {
    return (await this.packageList.get(flow)).byId.get(id) ?? null;
  }
}
