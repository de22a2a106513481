import { registerEnumType } from 'type-graphql';
import { PaymentProvider } from '../../domain';

registerEnumType(PaymentProvider, {
  name: 'PaymentProvider',
  description: 'A payment provider of the payment gateway',
  valuesConfig: { ALIPAY: { description: '支付宝 (Alipay)' }, WECHAT_PAY: { description: '微信支付 (WeChat Pay)' } },
});

export { PaymentProvider };
