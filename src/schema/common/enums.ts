import { registerEnumType } from 'type-graphql';
import { Barring, CardState, Carrier, StatusSource, SuspendReason } from '../../domain';

/**
 * The domain's enums, registered once under their GraphQL names. The domain keeps them as
 * `const` objects so it stays free of type-graphql; this file is the only bridge.
 */

registerEnumType(CardState, {
  name: 'CardState',
  description: 'Where a card is in its life, normalized across carriers',
  valuesConfig: {
    UNKNOWN: { description: 'No answer yet, or a raw code outside the tables. Never a guess' },
    NOT_FOUND: { description: 'The carrier says the number does not exist (China Mobile 99)' },
    INVENTORY: { description: '库存: in stock, not deployed' },
    TEST: { description: '测试期 / 可测试 / 体验: free usage up to test limits' },
    ACTIVATION_READY: { description: '待激活 / 可激活 / 沉默期: activates on first use' },
    ACTIVE: { description: '正常 / 在用 / 已激活: in service and billed' },
    SUSPENDED: { description: '停机 / 已停用: service stopped, number kept' },
    PRE_TERMINATION: { description: '预销号 / 预销户 / 已失效: scheduled for cancellation' },
    TERMINATED: { description: '销号 / 销户 / 已清除 / 过户: cancelled for this customer' },
  },
});

registerEnumType(SuspendReason, {
  name: 'SuspendReason',
  description: 'Why a SUSPENDED card was stopped, where the raw code carries it',
  valuesConfig: {
    USER_REQUEST: { description: "主动停机 / 用户报停: stopped at the customer's request; may be resumed" },
    KEEP_NUMBER: { description: '停机保号: a customer-requested stop that keeps the number; may be resumed' },
    ARREARS: { description: '欠费停机 / 信控停机: stopped for an unpaid balance' },
    VIOLATION: { description: '违章停机 / 强制停机: stopped for a rule violation' },
    REAL_NAME: { description: '未实名制违规停机: stopped because the card is not registered to a person' },
    LOST: { description: '挂失: reported lost' },
    DATA_ANOMALY: { description: '数据异常停机: stopped for abnormal data use' },
    OPERATOR: { description: '局方原因停机 / 管理停机: stopped by the carrier' },
    DEVICE_BINDING: { description: '机卡分离停机: the card left the device it is bound to' },
    REGION_LIMIT: { description: '区域限制停机: used outside its permitted area' },
    PLAN_EXPIRED: { description: '商品到期停机: the NB-IoT plan expired' },
    OTHER: { description: 'Stopped, but the raw code does not say why' },
  },
});

registerEnumType(Barring, {
  name: 'Barring',
  description: 'One-way (单向) or two-way (双向) barring',
  valuesConfig: {
    ONE_WAY: { description: '单向停机: outgoing service stopped, incoming still works' },
    TWO_WAY: { description: '双向停机: both directions stopped' },
  },
});

registerEnumType(StatusSource, {
  name: 'StatusSource',
  description: 'The upstream field a raw status code came from',
  valuesConfig: {
    CMIOT_V2: { description: 'CMIOT v2 single-card status (China Mobile PB code set)' },
    CMIOT_V5_PB: { description: 'CMIOT v5 status of a OneLink-PB card' },
    CMIOT_V5_CT: { description: 'CMIOT v5 status of a OneLink-CT card' },
    SHINGSOU: { description: "Shingsou's card status, per-carrier code table" },
  },
});

registerEnumType(Carrier, {
  name: 'CarrierCode',
  description: 'The carrier that issued a card',
  valuesConfig: {
    CHINA_MOBILE: { description: '中国移动 (China Mobile)' },
    CHINA_UNICOM: { description: '中国联通 (China Unicom)' },
    CHINA_TELECOM: { description: '中国电信 (China Telecom)' },
    UNKNOWN: { description: 'Not detected, or a carrier this API does not support (e.g. China Broadnet)' },
  },
});

export { Barring, CardState, Carrier as CarrierCode, StatusSource, SuspendReason };
