import { payActionsOf, payActionSpec, paymentV2Scope } from './merchant-payments';
import { PaymentProvider } from './payments';

const V2_ACTIONS_USED = ['refund', 'refundquery', 'query', 'close', 'cancel', 'merchants', 'postmerchant', 'putmerchant', 'deletemerchant'] as const;

/**
 * The payment-v2 permission codes the gateway's own Shingsou token asks for: v2 has no
 * documented `.all` (`shingsou.md` §2.5), so every action the gateway calls is named.
 */
export const PAYMENT_V2_SCOPES: readonly string[] = [
  ...(['alipay', 'wechatpay'] as const).flatMap((family) => V2_ACTIONS_USED.map((action) => `iot.payment.${family}.${action}`)),
  // The pay actions of createMerchantPayment (§4.3).
  ...(Object.values(PaymentProvider) as PaymentProvider[]).flatMap((provider) =>
    payActionsOf(provider).map((action) => paymentV2Scope(provider, payActionSpec(provider, action)?.wireAction ?? action)),
  ),
  'iot.payment.wechatpay.uploadcert',
];
