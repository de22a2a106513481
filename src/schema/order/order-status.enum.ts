import { registerEnumType } from 'type-graphql';
import { OrderStatus } from '../../domain';

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where a recharge order is in its life',
  valuesConfig: {
    UNPAID: { description: '待支付: waiting for payment' },
    PAID: { description: '已支付: paid' },
    CLOSED: { description: '已关闭: closed or cancelled before payment' },
    REFUNDED: { description: '已退款: refunded in full' },
    PARTIALLY_REFUNDED: { description: '部分退款: part of the amount refunded' },
  },
});

export { OrderStatus };
