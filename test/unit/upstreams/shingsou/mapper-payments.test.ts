import { describe, expect, it } from '@jest/globals';
import { toMerchant, toOrder, toPayMethod, toRechargePackage } from '../../../../src/upstreams/shingsou/mapper-payments';
import { merchant, order } from '../../../../src/upstreams/shingsou/wire-payments';

/** The contract's own examples (`shingsou.md` §6.1, §6.2, §6.4) through the wire schema and the mapper. */

describe('payment mappers', () => {
  it('maps the §6.2 order example, keeping the raw pay method', () => {
    const dto = order.parse({
      orderNo: 'SO202405011020300001',
      cardNo: '898607b0101790000012',
      msisdn: '1440212345678',
      productId: 12,
      productName: '3GB',
      amount: 2410,
      dataQuotaKb: 3145728,
      payMethod: 'WECHAT_JSAPI',
      merchantId: null,
      status: 'PAID',
      statusName: '已支付',
      transactionId: '4200001234202405011234567890',
      createdAt: '2024-05-01T10:20:30+08:00',
      paidAt: '2024-05-01T10:21:02+08:00',
      refundedAmount: 0,
    });
    expect(toOrder(dto)).toMatchObject({
      iccid: '898607B0101790000012',
      amountFen: 2410,
      payMethod: { provider: 'WECHAT_PAY', channel: 'WECHAT_JSAPI' },
      payMethodCode: 'WECHAT_JSAPI',
      status: 'PAID',
      statusLabel: '已支付',
    });
  });

  it('keeps an unknown channel as its code instead of failing the order', () => {
    expect(toPayMethod('UNIONPAY_QR')).toBeNull();
    expect(toPayMethod('ALIPAY_BARCODE')).toEqual({ provider: 'ALIPAY', channel: 'ALIPAY_BARCODE' });
  });

  it('rejects an order time that is not a time', () => {
    expect(order.safeParse({ orderNo: 'x', createdAt: 'yesterday' }).success).toBe(false);
  });

  it('maps the §6.1 product with its category and carrier', () => {
    const pkg = toRechargePackage({
      id: 12, name: '3GB', categoryId: 3, categoryName: '电信 - 月清零', operator: 3, price: 2410,
      dataQuotaKb: 3145728, resetPolicy: '月清零', validityMonths: 1, onSale: true,
    });
    expect(pkg).toMatchObject({ carrier: 'CHINA_TELECOM', priceFen: 2410, category: { id: 3, name: '电信 - 月清零', carrier: 'CHINA_TELECOM', resetPolicy: '月清零' } });
  });

  it('drops secrets an upstream might send back, and sets the other provider flags to null', () => {
    const dto = merchant.parse({
      id: 'M-ALI-0001', provider: 'ALIPAY', name: '旭宇商城', appId: '2021000123456789', signType: 'RSA2', notifyUrl: null,
      status: 'ENABLED', hasPrivateKey: true, hasAlipayPublicKey: false, createdAt: '2024-05-01T10:20:30+08:00',
      updatedAt: '2024-05-01T10:20:30+08:00', privateKey: 'leaked-by-mistake',
    });
    const mapped = toMerchant(dto);
    expect(JSON.stringify(mapped)).not.toContain('leaked-by-mistake');
    expect(mapped).toMatchObject({ hasPrivateKey: true, hasAlipayPublicKey: false, hasApiKey: null, hasAppSecret: null });
  });
});
