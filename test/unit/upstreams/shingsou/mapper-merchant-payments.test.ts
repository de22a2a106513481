import { describe, expect, it } from '@jest/globals';
import { MerchantPayAction, PAYMENT_V2_SCOPES, payActionSpec } from '../../../../src/domain';
import { toMerchantOrder, toMerchantPayment } from '../../../../src/upstreams/shingsou/mapper-merchant-payments';
import { orderQueryResponse, payResponse } from '../../../../src/upstreams/shingsou/wire-merchant-payments';

/** Pay action and v2 Query DTOs to the domain (`shingsou.md` §6.4), and the §4.3 action table. */

describe('toMerchantPayment', () => {
  it("maps WeChat's APP parameter names to ours, and leaves absent hand-offs null", () => {
    const dto = payResponse.parse({
      orderNo: 'SO1',
      outTradeNo: 'K1',
      amount: 100,
      status: 'UNPAID',
      appParams: { appid: 'wx1', partnerid: '1900000109', prepayid: 'wxSO1', package: 'Sign=WXPay', noncestr: 'n', timestamp: '1', sign: 's' },
    });
    expect(toMerchantPayment(dto)).toEqual({
      orderNo: 'SO1',
      outTradeNo: 'K1',
      amountFen: 100,
      status: 'UNPAID',
      payUrl: null,
      qrCode: null,
      jsapiParams: null,
      appParams: { orderString: null, appId: 'wx1', partnerId: '1900000109', prepayId: 'wxSO1', package: 'Sign=WXPay', nonceStr: 'n', timestamp: '1', sign: 's' },
    });
  });

  it("keeps Alipay's orderString", () => {
    const dto = payResponse.parse({ orderNo: 'SO2', outTradeNo: 'K2', amount: 1, status: 'UNPAID', appParams: { orderString: 'app_id=1&sign=x' } });
    expect(toMerchantPayment(dto).appParams).toMatchObject({ orderString: 'app_id=1&sign=x', appId: null });
  });
});

describe('toMerchantOrder', () => {
  it('maps amounts to fen fields and keeps nulls', () => {
    const dto = orderQueryResponse.parse({ orderNo: 'SO3', outTradeNo: null, merchantId: null, amount: 2410, status: 'PAID', transactionId: 't', paidAt: '2024-05-01T10:20:30+08:00', refundedAmount: 10 });
    expect(toMerchantOrder(dto)).toEqual({ orderNo: 'SO3', outTradeNo: null, merchantId: null, amountFen: 2410, status: 'PAID', transactionId: 't', paidAt: '2024-05-01T10:20:30+08:00', refundedFen: 10 });
  });
});

describe('pay actions (§4.3)', () => {
  it('names each provider its own actions and channels', () => {
    expect(payActionSpec('ALIPAY', MerchantPayAction.WEB_PAY)).toEqual({ wireAction: 'WebPay', channel: 'ALIPAY_PC', needs: null });
    expect(payActionSpec('WECHAT_PAY', MerchantPayAction.APPLET_PAY)).toEqual({ wireAction: 'AppletPay', channel: 'WECHAT_MINIPROGRAM', needs: 'openId' });
    expect(payActionSpec('WECHAT_PAY', MerchantPayAction.WEB_PAY)).toBeUndefined();
    expect(payActionSpec('ALIPAY', MerchantPayAction.PUBLIC_PAY)).toBeUndefined();
  });

  it("asks the gateway's token for every pay, query and refundquery scope", () => {
    expect(PAYMENT_V2_SCOPES).toEqual(
      expect.arrayContaining(['iot.payment.alipay.barcodepay', 'iot.payment.wechatpay.appletpay', 'iot.payment.wechatpay.query', 'iot.payment.alipay.refundquery']),
    );
  });
});
