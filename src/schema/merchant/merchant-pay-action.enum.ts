import { registerEnumType } from 'type-graphql';
import { MerchantPayAction } from '../../domain';

registerEnumType(MerchantPayAction, {
  name: 'MerchantPayAction',
  description: 'A payment gateway v2 pay action; each provider offers some of them',
  valuesConfig: {
    WEB_PAY: { description: 'Alipay WebPay (电脑网站): payUrl' },
    WAP_PAY: { description: 'Alipay WapPay (手机网站) or WeChat Pay WapPay (H5): payUrl' },
    APP_PAY: { description: 'Alipay or WeChat Pay AppPay: appParams' },
    SCAN_PAY: { description: 'Alipay ScanPay or WeChat Pay ScanPay (Native): qrCode' },
    BARCODE_PAY: { description: "Both providers' BarcodePay (付款码): needs authCode, answers PAID" },
    PUBLIC_PAY: { description: 'WeChat Pay PublicPay (JSAPI, 公众号): needs openId, jsapiParams' },
    APPLET_PAY: { description: 'WeChat Pay AppletPay (小程序): needs openId, jsapiParams' },
  },
});

export { MerchantPayAction };
