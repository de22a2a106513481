import type { NonEmptyArray } from 'type-graphql';
import { CardResolver } from './card/card.resolver';
import { ArrearsResolver } from './carrier/arrears.resolver';
import { CardLiveResolver } from './card/card-live.resolver';
import { CardExtraResolver } from './card/card-extra.resolver';
import { CardGroupResolver } from './card/card-group.resolver';
import { CardProfileResolver } from './card/card-profile.resolver';
import { CardsByIdsResolver } from './card/cards-by-ids.resolver';
import { CarrierResolver } from './carrier/carrier.resolver';
import { CardBackOfficeResolver } from './back-office/card-back-office.resolver';
import { CardChangeJobResolver } from './card-change/card-change-job.resolver';
import { CardChangeResolver } from './card-change/card-change.resolver';
import { CardTaxonomyResolver } from './back-office/card-taxonomy.resolver';
import { RealNameResolver } from './back-office/real-name.resolver';
import { VoucherResolver } from './voucher/voucher.resolver';
import { CardOrdersResolver } from './card/card-orders.resolver';
import { MerchantResolver } from './merchant/merchant.resolver';
import { MerchantPaymentResolver } from './merchant/merchant-payment.resolver';
import { ReferenceCodesResolver } from './reference/reference-codes.resolver';
import { OrderActionResolver } from './order/order-action.resolver';
import { OrderResolver } from './order/order.resolver';
import { PackageResolver } from './payment/package.resolver';
import { RechargeResolver } from './payment/recharge.resolver';
import { NodeResolver } from './relay/node.resolver';
import { AlipayTransferResolver } from './transfer/alipay-transfer.resolver';
import { WechatTransferResolver } from './transfer/wechat-transfer.resolver';
import { BankTransferResolver } from './transfer/bank-transfer.resolver';
import { BillResolver } from './bill/bill.resolver';
import { WechatIdentityResolver } from './wechat-identity/wechat-identity.resolver';
import { FleetResolver } from './fleet/fleet.resolver';
import { FleetSummaryResolver } from './fleet/fleet-summary.resolver';
import { CardEventsResolver } from './events/card-events.resolver';
import { WebhooksResolver } from './webhooks/webhooks.resolver';
import { CardEventSubscriptionResolver } from './events/card-event-subscription.resolver';

/**
 * Every resolver class of the API, one per type (STYLE.md). type-graphql 2.0 takes classes
 * only (no file globs), so adding a type means adding its class here.
 */
export const RESOLVERS: NonEmptyArray<Function> = [CardResolver, CardLiveResolver, CardExtraResolver, CardGroupResolver, CardProfileResolver, CardsByIdsResolver, CarrierResolver, ArrearsResolver, CardChangeResolver, CardChangeJobResolver, CardBackOfficeResolver, CardTaxonomyResolver, RealNameResolver, VoucherResolver, PackageResolver, OrderResolver, CardOrdersResolver, RechargeResolver, OrderActionResolver, MerchantResolver, MerchantPaymentResolver, ReferenceCodesResolver, NodeResolver, AlipayTransferResolver, WechatTransferResolver, BankTransferResolver, BillResolver, WechatIdentityResolver, FleetResolver, FleetSummaryResolver, CardEventsResolver, CardEventSubscriptionResolver, WebhooksResolver];
