import DataLoader from 'dataloader';
import type { Merchant, PaymentProvider } from '../domain';
import { requireUpstream, type Upstreams } from '../upstreams';

/** A merchant's key: ids are only promised unique within one provider (`shingsou.md` §6.4). */
export interface MerchantKey {
  provider: PaymentProvider;
  merchantId: string;
}

/**
 * Merchants by provider and id for `Order.merchant`, `null` when the provider no longer lists
 * the id. The v2 gateway has no merchant read by id, only `Merchants` pages (§6.4), so a batch
 * lists each provider it names once: a page of orders costs at most one merchant list per
 * provider (two), however many orders it holds.
 */
export function createMerchantByIdLoader(upstreams: Upstreams): DataLoader<MerchantKey, Merchant | null, string> {
  return new DataLoader<MerchantKey, Merchant | null, string>(
    async (keys) => {
      const merchants = requireUpstream(upstreams, 'shingsou').merchants;
      const providers = [...new Set(keys.map((key) => key.provider))];
      const lists = await Promise.all(
        providers.map((provider) =>
          merchants.list(provider).then(
            (list) => [provider, new Map(list.map((m) => [m.id, m]))] as const,
            (error: unknown) => [provider, error instanceof Error ? error : new Error(String(error))] as const,
          ),
        ),
      );
      const byProvider = new Map<PaymentProvider, Map<string, Merchant> | Error>(lists);
      return keys.map((key) => {
        const list = byProvider.get(key.provider);
        if (list === undefined || list instanceof Error) return list ?? new Error(`no merchant list for ${key.provider}`);
        return list.get(key.merchantId) ?? null;
      });
    },
    { cacheKeyFn: (key) => `${key.provider}:${key.merchantId}` },
  );
}
