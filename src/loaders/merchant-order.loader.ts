import DataLoader from 'dataloader';
import type { MerchantOrder, PaymentProvider } from '../domain';
import { requireUpstream, type Upstreams } from '../upstreams';

export interface MerchantOrderKey {
  provider: PaymentProvider;
  orderNo: string;
}

/**
 * Orders as their provider's v2 `Query` reports them (`shingsou.md` §6.4), for `Refund.order`.
 * `Query` takes one order, so this is one call per distinct order per request: the loader only
 * dedupes (two refunds of one order cost one call).
 */
export function createMerchantOrderLoader(upstreams: Upstreams): DataLoader<MerchantOrderKey, MerchantOrder, string> {
  return new DataLoader<MerchantOrderKey, MerchantOrder, string>(
    (keys) =>
      Promise.all(
        keys.map((key) =>
          requireUpstream(upstreams, 'shingsou')
            .merchantPayments.query(key.provider, { orderNo: key.orderNo })
            .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
        ),
      ),
    { cacheKeyFn: (key) => `${key.provider}:${key.orderNo}` },
  );
}
