import { registerEnumType } from 'type-graphql';
import { WechatBillType } from '../../domain';

registerEnumType(WechatBillType, {
  name: 'WechatBillType',
  description: 'Which orders a WeChat Pay bill lists',
  valuesConfig: {
    ALL: { description: 'Every order paid or refunded that day' },
    SUCCESS: { description: 'Paid orders only' },
    REFUND: { description: 'Refunds only' },
  },
});

export { WechatBillType };
