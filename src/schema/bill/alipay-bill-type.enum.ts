import { registerEnumType } from 'type-graphql';
import { AlipayBillType } from '../../domain';

registerEnumType(AlipayBillType, {
  name: 'AlipayBillType',
  description: 'Which Alipay bill (账单类型)',
  valuesConfig: {
    TRADE: { description: "The merchant's trades (trade)" },
    SIGNCUSTOMER: { description: "The merchant's account movements (signcustomer)" },
  },
});

export { AlipayBillType };
