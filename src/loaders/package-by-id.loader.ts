import DataLoader from 'dataloader';
import type { RechargePackage } from '../domain';
import { requireUpstream, type Upstreams } from '../upstreams';

/**
 * Packages by id for `Order.package`, `null` when none on sale has the id (an order may name a
 * package taken off sale, `shingsou.md` §6.1). `product-get` has no lookup by id, so the batch
 * reads the cached catalogue: a page of orders costs at most one catalogue fetch per TTL.
 */
export function createPackageByIdLoader(upstreams: Upstreams): DataLoader<number, RechargePackage | null> {
  return new DataLoader<number, RechargePackage | null>(async (ids) => {
    const catalog = requireUpstream(upstreams, 'catalog');
    return Promise.all(ids.map((id) => catalog.packageById(id)));
  });
}
