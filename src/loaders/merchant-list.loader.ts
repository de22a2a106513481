import DataLoader from 'dataloader';
import type { Merchant, PaymentProvider } from '../domain';
import { requireUpstream, type Upstreams } from '../upstreams';

/**
 * Each provider's v2 merchants (`Merchants`, every page), once per request. The v2 gateway has no
 * merchant read by id (`shingsou.md` §6.4), so `merchants(provider:)`, `node(id)` of a merchant
 * and `Order.merchant` all read this list: a page of orders costs at most one list per provider
 * (two), however many orders it holds, and nothing more when the query also lists merchants.
 */
export function createMerchantListLoader(upstreams: Upstreams): DataLoader<PaymentProvider, Merchant[]> {
  return new DataLoader<PaymentProvider, Merchant[]>((providers) =>
    Promise.all(
      providers.map((provider) =>
        requireUpstream(upstreams, 'shingsou')
          .merchants.list(provider)
          .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
      ),
    ),
  );
}
