import { registerEnumType } from 'type-graphql';
import { PayChannel } from '../../domain';

registerEnumType(PayChannel, {
  name: 'PayChannel',
  description: 'How an order is paid',
  valuesConfig: {
    ALIPAY_PC: { description: '支付宝电脑网站: payUrl' },
    ALIPAY_WAP: { description: '支付宝手机网站: payUrl' },
    ALIPAY_APP: { description: '支付宝APP (v2 orders only)' },
    ALIPAY_SCAN: { description: '支付宝扫码: qrCode' },
    ALIPAY_BARCODE: { description: '支付宝条码 (v2 orders only)' },
    WECHAT_JSAPI: { description: '微信公众号: jsapiParams; needs openId' },
    WECHAT_APP: { description: '微信APP (v2 orders only)' },
    WECHAT_MINIPROGRAM: { description: '微信小程序 (v2 orders only)' },
    WECHAT_H5: { description: '微信H5: payUrl' },
    WECHAT_NATIVE: { description: '微信扫码: qrCode' },
    WECHAT_MICROPAY: { description: '微信付款码 (v2 orders only)' },
  },
});

export { PayChannel };
