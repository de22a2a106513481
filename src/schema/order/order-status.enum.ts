import { registerEnumType } from 'type-graphql';
import { OrderStatus } from '../../domain';

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Order status (shingsou.md §6.2)',
  valuesConfig: {
    UNPAID: { description: '待支付' },
    PAID: { description: '已支付' },
    CLOSED: { description: '已关闭' },
    REFUNDED: { description: '已退款' },
    PARTIALLY_REFUNDED: { description: '部分退款' },
  },
});

export { OrderStatus };
