import type { Merchant, PaymentProvider } from '../../domain';
import type { GatewayContext } from '../context';

/**
 * A merchant by provider and id from the request's merchant list (`loaders/merchant-list.loader.ts`),
 * `null` when the provider does not list it. Ids are only promised unique within one provider (§6.4).
 */
export async function findMerchant(ctx: GatewayContext, provider: PaymentProvider, merchantId: string): Promise<Merchant | null> {
  const merchants = await ctx.loaders.merchantList.load(provider);
  return merchants.find((merchant) => merchant.id === merchantId) ?? null;
}
