import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SimCard } from '../../../src/simulators/fleet';
import { Sim, startSim } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ cards: 600 });
});
afterAll(() => sim.close());

const telecom = (): SimCard => sim.fleet.cards.find((c) => c.inShingsou && c.carrier === 'CHINA_TELECOM' && c.quotaKb !== null)!;
let trade = 0;
const pay = (provider: string, action: string, fields: Record<string, unknown> = {}) =>
  sim.call('POST', `/paymentv2/${provider}/${action}`, {
    body: { merchantId: provider === 'Alipay' ? 'M-ALI-0001' : 'M-WX-0001', outTradeNo: `out-${++trade}`, amount: 2410, subject: '流量充值 3GB', ...fields },
  });

describe('v2 pay actions (shingsou.md §6.4)', () => {
  it.each([
    ['Alipay', 'WebPay', 'payUrl', 'ALIPAY_PC'],
    ['Alipay', 'WapPay', 'payUrl', 'ALIPAY_WAP'],
    ['Alipay', 'AppPay', 'appParams', 'ALIPAY_APP'],
    ['Alipay', 'ScanPay', 'qrCode', 'ALIPAY_SCAN'],
    ['WechatPay', 'PublicPay', 'jsapiParams', 'WECHAT_JSAPI'],
    ['WechatPay', 'AppPay', 'appParams', 'WECHAT_APP'],
    ['WechatPay', 'AppletPay', 'jsapiParams', 'WECHAT_MINIPROGRAM'],
    ['WechatPay', 'WapPay', 'payUrl', 'WECHAT_H5'],
    ['WechatPay', 'ScanPay', 'qrCode', 'WECHAT_NATIVE'],
  ])('%s/%s hands out %s and creates an unpaid %s order', async (provider, action, hand, payMethod) => {
    const res = await pay(provider, action, { openId: 'o-1' });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json).sort()).toEqual(['amount', 'orderNo', 'outTradeNo', 'status', hand].sort());
    expect(res.json.status).toBe('UNPAID');
    if (hand === 'payUrl' || hand === 'qrCode') expect(res.json[hand]).toBe(`${sim.url}/__sim/pay/${res.json.orderNo}`);
    expect(sim.fleet.ordersByNo.get(res.json.orderNo)?.payMethod).toBe(payMethod);
  });

  it('BarcodePay is paid at once and needs authCode', async () => {
    const res = await pay('WechatPay', 'BarcodePay', { authCode: '134567890123456789' });
    expect(res.json.status).toBe('PAID');
    expect(sim.fleet.ordersByNo.get(res.json.orderNo)?.payMethod).toBe('WECHAT_MICROPAY');
    const missing = await pay('Alipay', 'BarcodePay');
    expect(missing.status).toBe(422);
    expect(missing.json.errors.authCode).toBeDefined();
  });

  it('is idempotent on outTradeNo per merchant', async () => {
    const body = { merchantId: 'M-ALI-0001', outTradeNo: 'same-trade', amount: 100, subject: 'x' };
    const a = await sim.call('POST', '/paymentv2/Alipay/WebPay', { body });
    const b = await sim.call('POST', '/paymentv2/Alipay/WebPay', { body });
    expect(b.json.orderNo).toBe(a.json.orderNo);
  });

  it('a recharge order (cardNo + productId) must match the price, and appears in order-get', async () => {
    const card = telecom();
    expect((await pay('Alipay', 'WebPay', { cardNo: card.iccid, productId: 12, amount: 999 })).json.code).toBe(20004);
    const res = await pay('Alipay', 'WebPay', { cardNo: card.iccid, productId: 12 });
    const listed = await sim.call('GET', '/payment/Order/Get', { query: { keyword: card.msisdn } });
    expect(listed.json.items[0]).toMatchObject({ orderNo: res.json.orderNo, merchantId: 'M-ALI-0001', payMethod: 'ALIPAY_PC', productId: 12 });
    // A v2 order without a card is not a recharge order: order-get does not list it (§6.2).
    const plain = await pay('Alipay', 'WebPay');
    const all = await sim.call('GET', '/payment/Order/Get', { query: { pageSize: 100, from: '2024-05-20' } });
    expect(all.json.items.map((o: { orderNo: string }) => o.orderNo)).not.toContain(plain.json.orderNo);
  });

  it.each([
    [{ merchantId: 'M-WX-0001' }, 22001],
    [{ merchantId: 'M-ALI-9999' }, 22001],
  ])('%j → 22001', async (fields, code) => {
    expect((await pay('Alipay', 'WebPay', fields)).json.code).toBe(code);
  });

  it('PublicPay needs openId (20005); a disabled merchant refuses (22003)', async () => {
    expect((await pay('WechatPay', 'PublicPay')).json.code).toBe(20005);
    sim.fleet.merchants.get('M-WX-0001')!.status = 'DISABLED';
    expect((await pay('WechatPay', 'ScanPay')).json.code).toBe(22003);
    sim.fleet.merchants.get('M-WX-0001')!.status = 'ENABLED';
  });

  it('needs the fine-grained scope: there is no v2 .all', async () => {
    const token = await sim.token('iot.paymentservice.all iot.payment.alipay.wappay');
    expect((await sim.call('POST', '/paymentv2/Alipay/WebPay', { token, body: {} })).status).toBe(403);
    expect((await sim.call('POST', '/paymentv2/Alipay/WapPay', { token, body: {} })).status).toBe(422);
  });

  it('answers a §6.4.1 action called with the wrong verb with the gateway 404', async () => {
    for (const path of ['/paymentv2/Alipay/TransferQuery', '/paymentv2/WechatPay/BillDownload', '/paymentv2/WechatPay/OAuth']) {
      const res = await sim.call('POST', path, { body: {} });
      expect(res.json).toEqual({ statusCode: 404, message: 'Resource not found' });
    }
  });
});

describe('v2 order actions', () => {
  it('queries by orderNo or by outTradeNo + merchantId', async () => {
    const created = await pay('Alipay', 'ScanPay', { outTradeNo: 'q-1' });
    const byNo = await sim.call('GET', '/paymentv2/Alipay/Query', { query: { orderNo: created.json.orderNo } });
    expect(byNo.json).toEqual({
      orderNo: created.json.orderNo, outTradeNo: 'q-1', merchantId: 'M-ALI-0001', amount: 2410, status: 'UNPAID',
      transactionId: null, paidAt: null, refundedAmount: 0,
    });
    const byTrade = await sim.call('GET', '/paymentv2/Alipay/Query', { query: { outTradeNo: 'q-1', merchantId: 'M-ALI-0001' } });
    expect(byTrade.json.orderNo).toBe(created.json.orderNo);
    expect((await sim.call('GET', '/paymentv2/WechatPay/Query', { query: { orderNo: created.json.orderNo } })).json.code).toBe(21001);
    expect((await sim.call('GET', '/paymentv2/Alipay/Query')).status).toBe(422);
  });

  it('refunds partially then fully, idempotent on refundNo, with 21002 and 21003', async () => {
    const created = await pay('WechatPay', 'ScanPay');
    const orderNo = created.json.orderNo as string;
    const refund = (refundNo: string, refundAmount: number) => sim.call('POST', '/paymentv2/WechatPay/Refund', { body: { orderNo, refundNo, refundAmount } });
    expect((await refund('r-0', 100)).json.code).toBe(21002);
    await fetch(`${sim.url}/__sim/pay/${orderNo}`);
    const first = await refund('r-1', 1000);
    expect(first.json).toEqual({ refundNo: 'r-1', orderNo, refundAmount: 1000, status: 'SUCCESS', refundedAt: '2024-05-20T12:00:00+08:00' });
    expect((await refund('r-1', 1000)).json).toEqual(first.json);
    expect((await refund('r-2', 1411)).json.code).toBe(21003);
    await refund('r-3', 1410);
    const q = await sim.call('GET', '/paymentv2/WechatPay/Query', { query: { orderNo } });
    expect(q.json).toMatchObject({ status: 'REFUNDED', refundedAmount: 2410 });
    expect((await sim.call('GET', '/paymentv2/WechatPay/RefundQuery', { query: { refundNo: 'r-3' } })).json.refundAmount).toBe(1410);
    expect((await sim.call('GET', '/paymentv2/WechatPay/RefundQuery', { query: { refundNo: 'r-404' } })).json.code).toBe(21001);
  });

  it('closes unpaid orders only; cancel closes an unpaid order or refunds a paid one', async () => {
    const a = (await pay('Alipay', 'WebPay')).json.orderNo as string;
    expect((await sim.call('POST', '/paymentv2/Alipay/Close', { body: { orderNo: a } })).json).toEqual({ orderNo: a, status: 'CLOSED' });
    expect((await sim.call('POST', '/paymentv2/Alipay/Close', { body: { orderNo: a } })).json.code).toBe(21002);
    const b = (await pay('Alipay', 'WebPay')).json.orderNo as string;
    expect((await sim.call('POST', '/paymentv2/Alipay/Cancel', { body: { orderNo: b } })).json).toEqual({ orderNo: b, status: 'CLOSED' });
    const c = (await pay('Alipay', 'BarcodePay', { authCode: '28' })).json.orderNo as string;
    expect((await sim.call('POST', '/paymentv2/Alipay/Cancel', { body: { orderNo: c } })).json).toEqual({ orderNo: c, status: 'REFUNDED' });
    expect((await sim.call('POST', '/paymentv2/Alipay/Cancel', { body: { orderNo: c } })).json.code).toBe(21002);
    expect((await sim.call('POST', '/paymentv2/Alipay/Close', { body: { orderNo: 'SO-nope' } })).json.code).toBe(21001);
  });
});

describe('v2 merchants (write-only secrets)', () => {
  it('lists merchants per provider without any secret', async () => {
    const res = await sim.call('GET', '/paymentv2/Alipay/Merchants');
    expect(res.json.items).toHaveLength(1);
    expect(res.json.items[0]).toMatchObject({ id: 'M-ALI-0001', provider: 'ALIPAY', hasPrivateKey: true, hasAlipayPublicKey: true });
    expect(res.text).not.toMatch(/seeded-|privateKey"|alipayPublicKey"/);
  });

  it('creates, updates (omitted secrets unchanged), and deletes a WeChat Pay merchant', async () => {
    const created = await sim.call('POST', '/paymentv2/WechatPay/PostMerchant', {
      body: { name: '新商户', appId: 'wxabc', mchId: '1900000999', apiKey: 'TOP-SECRET-KEY', appSecret: 'TOP-SECRET-APP' },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ id: 'M-WX-0002', provider: 'WECHAT_PAY', mchId: '1900000999', hasApiKey: true, hasAppSecret: true, certificateName: null, status: 'ENABLED' });
    expect(created.text).not.toContain('TOP-SECRET');
    const updated = await sim.call('PUT', '/paymentv2/WechatPay/PutMerchant', { body: { id: 'M-WX-0002', name: '改名' } });
    expect(updated.json).toMatchObject({ name: '改名', hasApiKey: true });
    expect(sim.fleet.merchants.get('M-WX-0002')!.secrets.apiKey).toBe('TOP-SECRET-KEY');
    expect((await sim.call('PUT', '/paymentv2/WechatPay/PutMerchant', { body: { id: 'M-WX-0404', name: 'x' } })).json.code).toBe(22001);
    expect((await sim.call('POST', '/paymentv2/WechatPay/PostMerchant', { body: { name: 'x', appId: 'y', mchId: 'abc' } })).status).toBe(422);
    const del = await sim.call('DELETE', '/paymentv2/WechatPay/DeleteMerchant', { query: { id: 'M-WX-0002' } });
    expect(del.status).toBe(204);
    expect((await sim.call('DELETE', '/paymentv2/WechatPay/DeleteMerchant', { query: { id: 'M-WX-0002' } })).json.code).toBe(22001);
  });

  it('uploads an x-pkcs12 certificate and refuses other types with 22002', async () => {
    const upload = (type: string, merchantId = 'M-WX-0001') => {
      const form = new FormData();
      form.set('merchantId', merchantId);
      form.set('certificate', new Blob([Buffer.from('PKCS12-BYTES')], { type }), 'apiclient_cert.p12');
      return fetch(`${sim.url}/paymentv2/WechatPay/UploadCert`, {
        method: 'POST',
        body: form,
        headers: { 'Ocp-Apim-Subscription-Key': 'demo-subscription-key', Authorization: `Bearer ${tokenForUpload}` },
      });
    };
    const tokenForUpload = await sim.token('iot.payment.wechatpay.uploadcert');
    const good = await upload('application/x-pkcs12');
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ certificateName: 'apiclient_cert_1900000109.p12' });
    const bad = await upload('application/pdf');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { code: number }).code).toBe(22002);
    expect(((await (await upload('application/x-pkcs12', 'M-WX-0404')).json()) as { code: number }).code).toBe(22001);
    const notMultipart = await sim.call('POST', '/paymentv2/WechatPay/UploadCert', { body: { merchantId: 'M-WX-0001' } });
    expect(notMultipart.status).toBe(422);
    const listed = await sim.call('GET', '/paymentv2/WechatPay/Merchants');
    expect(listed.json.items[0].certificateName).toBe('apiclient_cert_1900000109.p12');
    expect(listed.text).not.toContain('PKCS12-BYTES');
  });
});
