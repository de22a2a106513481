import type { NonEmptyArray } from 'type-graphql';
import { CardResolver } from './card.resolver';
import { ArrearsResolver } from './arrears.resolver';
import { CardLiveResolver } from './card-live.resolver';
import { CardExtraResolver } from './card-extra.resolver';
import { CardGroupResolver } from './card-group.resolver';
import { CardProfileResolver } from './card-profile.resolver';
import { CardsByIdsResolver } from './cards-by-ids.resolver';
import { CarrierResolver } from './carrier.resolver';
import { CardBackOfficeResolver } from './card-back-office.resolver';
import { CardChangeJobResolver } from './card-change-job.resolver';
import { CardChangeResolver } from './card-change.resolver';
import { CardTaxonomyResolver } from './card-taxonomy.resolver';
import { RealNameResolver } from './real-name.resolver';
import { VoucherResolver } from './voucher.resolver';
import { CardOrdersResolver } from './card-orders.resolver';
import { MerchantResolver } from './merchant.resolver';
import { MerchantPaymentResolver } from './merchant-payment.resolver';
import { ReferenceCodesResolver } from './reference-codes.resolver';
import { OrderActionResolver } from './order-action.resolver';
import { OrderResolver } from './order.resolver';
import { PackageResolver } from './package.resolver';
import { RechargeResolver } from './recharge.resolver';

/**
 * Every resolver class of the API, one per type (STYLE.md). type-graphql 2.0 takes classes
 * only (no file globs), so adding a type means adding its class here.
 */
export const RESOLVERS: NonEmptyArray<Function> = [CardResolver, CardLiveResolver, CardExtraResolver, CardGroupResolver, CardProfileResolver, CardsByIdsResolver, CarrierResolver, ArrearsResolver, CardChangeResolver, CardChangeJobResolver, CardBackOfficeResolver, CardTaxonomyResolver, RealNameResolver, VoucherResolver, PackageResolver, OrderResolver, CardOrdersResolver, RechargeResolver, OrderActionResolver, MerchantResolver, MerchantPaymentResolver, ReferenceCodesResolver];
