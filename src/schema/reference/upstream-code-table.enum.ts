import { registerEnumType } from 'type-graphql';
import { UpstreamCodeTable } from '../../domain';

registerEnumType(UpstreamCodeTable, {
  name: 'UpstreamCodeTable',
  description: "Shingsou's error code tables",
  valuesConfig: {
    FLOW_CARD: { description: 'flowcard-codes 流量卡-错误码表' },
    DATA_CARD: { description: 'datacard-codes 充值卡-错误码表' },
    ORDER: { description: 'order-codes 订单-错误码表' },
    PAYMENT: { description: 'payment-codes 支付网关-错误码表' },
  },
});

export { UpstreamCodeTable };
