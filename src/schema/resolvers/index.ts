import type { NonEmptyArray } from 'type-graphql';
import { CardResolver } from './card.resolver';
import { CardOrdersResolver } from './card-orders.resolver';
import { MerchantResolver } from './merchant.resolver';
import { OrderActionResolver } from './order-action.resolver';
import { OrderResolver } from './order.resolver';
import { PackageResolver } from './package.resolver';
import { RechargeResolver } from './recharge.resolver';

/**
 * Every resolver class of the API, one per type (STYLE.md). type-graphql 2.0 takes classes
 * only (no file globs), so adding a type means adding its class here.
 */
export const RESOLVERS: NonEmptyArray<Function> = [CardResolver, PackageResolver, OrderResolver, CardOrdersResolver, RechargeResolver, OrderActionResolver, MerchantResolver];
