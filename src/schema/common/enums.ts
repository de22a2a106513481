import { registerEnumType } from 'type-graphql';
import { Barring, CardState, Carrier, StatusSource, SuspendReason } from '../../domain';

/**
 * The domain's enums, registered once under their GraphQL names. The domain keeps them as
 * `const` objects so it stays free of type-graphql; this file is the only bridge.
 */

registerEnumType(CardState, {
  name: 'CardState',
  description: 'Where a card is in its life, normalized across carriers (upstreams/card-status.md §2)',
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
  description: 'Why a SUSPENDED card was stopped, where the raw code carries it (card-status.md §3)',
});

registerEnumType(Barring, { name: 'Barring', description: 'One-way (单向) or two-way (双向) barring' });

registerEnumType(StatusSource, {
  name: 'StatusSource',
  description: 'The upstream field a raw status code came from',
});

registerEnumType(Carrier, { name: 'CarrierCode', description: 'The carrier that issued a card' });

export { Barring, CardState, Carrier as CarrierCode, StatusSource, SuspendReason };
