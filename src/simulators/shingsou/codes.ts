/**
 * Shingsou error codes: the DOCUMENTED tables (`shingsou.md` §6.5) and the ones we added (§6.6,
 * §6.4.1).
 * `*-codes` operations return these rows as bare arrays.
 */
export interface CodeRow {
  code: number;
  name: string;
  description: string;
}

const row = (code: number, name: string, description: string): CodeRow => ({ code, name, description });

export const GLOBAL_CODES: readonly CodeRow[] = [
  row(200, 'Status200OK', 'ok'),
  row(422, 'UnprocessableEntity', '请求实体错误'),
  row(417, 'ExpectationFailed', '服务器内部错误'),
  row(404, 'NotFound', '未找到内容'),
];

export const CODES = {
  TransferConsigneeIsNotExists: row(10000, 'Transfer_ConsigneeIsNotExists', '接收人账户不存在'),
  TransferCardIdCanNotBeLessThanOne: row(10001, 'Transfer_CardIDCanNotBeLessThanOne', '卡号不能少于1个'),
  GenerateExptimeNeedGreaterThanNow: row(10002, 'Generate_ExptimeNeedGreaterThanNow', '到期时间必须大于当前时间'),
  GenerateMaximumPerDay: row(10003, 'Generate_MaximumOf99999999CardsPerDay', '每天最多生成99,999,999张卡'),
  NetworkCardNotFound: row(10100, 'Network_CardNotFound', '卡号不存在'),
  NetworkStateNotAllowed: row(10101, 'Network_StateNotAllowed', '当前状态不允许该操作'),
  NetworkResumeNotAllowed: row(10102, 'Network_ResumeNotAllowed', '非主动停机，不能自助复机'),
  NetworkTooFrequent: row(10103, 'Network_TooFrequent', '操作过于频繁，请稍后再试'),
  PaymentProductNotFound: row(20001, 'Payment_ProductNotFound', '套餐不存在'),
  PaymentCardNotFound: row(20002, 'Payment_CardNotFound', '卡号不存在'),
  PaymentPayMethodNotSupported: row(20003, 'Payment_PayMethodNotSupported', '不支持的支付方式'),
  PaymentProductNotForCard: row(20004, 'Payment_ProductNotForCard', '套餐不适用于该卡'),
  PaymentOpenIdRequired: row(20005, 'Payment_OpenIdRequired', '公众号支付需要openId'),
  OrderNotFound: row(21001, 'Order_NotFound', '订单不存在'),
  OrderStatusNotAllowed: row(21002, 'Order_StatusNotAllowed', '订单状态不允许该操作'),
  OrderRefundAmountExceeded: row(21003, 'Order_RefundAmountExceeded', '退款金额超过可退金额'),
  MerchantNotFound: row(22001, 'Merchant_NotFound', '商户不存在'),
  MerchantCertificateTypeInvalid: row(22002, 'Merchant_CertificateTypeInvalid', '证书类型必须是x-pkcs12'),
  MerchantDisabled: row(22003, 'Merchant_Disabled', '商户已停用'),
  // §6.4.1: transfers, bills and user identity.
  TransferPayeeInvalid: row(23001, 'Transfer_PayeeInvalid', '收款账户不存在或不合法'),
  TransferBalanceInsufficient: row(23002, 'Transfer_BalanceInsufficient', '商户余额不足'),
  TransferAmountInvalid: row(23003, 'Transfer_AmountInvalid', '付款金额不合法'),
  BillNotReady: row(23004, 'Bill_NotReady', '账单尚未生成'),
  TransferDecryptFailed: row(23005, 'Transfer_DecryptFailed', '加密信息无法解密'),
  TransferKeyReusedWithOtherContent: row(23006, 'Transfer_KeyReusedWithOtherContent', '单号已使用且内容不一致'),
  TransferNotFound: row(23007, 'Transfer_NotFound', '付款记录不存在'),
  OAuthCodeInvalid: row(23008, 'OAuth_CodeInvalid', 'code无效或已过期'),
} as const;

const range = (from: number, to: number) => Object.values(CODES).filter((c) => c.code >= from && c.code <= to);

/** Flow cards and data cards share the documented list; Network adds 10100–10103. */
export const CODE_TABLES = {
  flowcard: [...GLOBAL_CODES, ...range(10000, 10003), ...range(10100, 10103)],
  datacard: [...GLOBAL_CODES, ...range(10000, 10003)],
  order: [...GLOBAL_CODES, ...range(21001, 21003)],
  payment: [...GLOBAL_CODES, ...range(20001, 23008)],
} as const;
