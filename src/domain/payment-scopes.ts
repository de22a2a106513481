import { payActionsOf, payActionSpec, paymentV2Scope } from './merchant-payments';
import { PaymentProvider } from './payments';

const V2_ACTIONS_USED = ['refund', 'refundquery', 'query', 'close', 'cancel', 'merchants', 'postmerchant', 'putmerchant', 'deletemerchant'] as const;

/** The §6.4.1 actions the gateway calls, each needing its own scope (§2.5). */
const TRANSFER_SCOPES_USED = [
  'iot.payment.alipay.transfer',
  'iot.payment.alipay.transferquery',
  'iot.payment.alipay.billdownload',
  'iot.payment.wechatpay.transfer',
  'iot.payment.wechatpay.transferquery',
  'iot.payment.wechatpay.publickey',
  'iot.payment.wechatpay.transfertobank',
  'iot.payment.wechatpay.transfertobankquery',
  'iot.payment.wechatpay.billdownload',
  'iot.payment.wechatpay.fundflowdownload',
] as const;

/**
 * What a gateway API key needs for the WeChat identity exchanges. Shingsou asks no scope for
 * `OAuth` and `Code2Session` (§4.3), so these are the gateway's own, in the vendor's pattern
 * (`iot.payment.wechatpay.all` and `iot.payment.all` cover them). Never asked of Shingsou: its
 * token endpoint refuses a scope it does not know (invalid_scope, §2.2).
 */
export const WECHAT_IDENTITY_SCOPES = { oauth: 'iot.payment.wechatpay.oauth', code2session: 'iot.payment.wechatpay.code2session' } as const;

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
  // Transfers, bills and their queries (§6.4.1). OAuth and Code2Session need no scope upstream (§4.3).
  ...TRANSFER_SCOPES_USED,
];
