import { describe, expect, it } from '@jest/globals';
import { dataRoutes, useHarness } from '../../support/gateway';

/**
 * Bad input fails with BAD_USER_INPUT naming the argument, before any upstream call; the one
 * exception is an unknown package, which is checked against the product list (a catalogue
 * read) and never reaches a payment call.
 */

const MOBILE_ICCID = '898607B0101790000012';
const TELECOM_ICCID = '89860312345678901234';

const harness = useHarness();

async function expectBadInput(query: string, argument: string, variables?: Record<string, unknown>): Promise<void> {
  const result = await harness().gql(query, variables);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
}

/** API calls per route (token requests aside). */
async function upstreamCalls(): Promise<Record<string, number>> {
  return Object.fromEntries(Object.entries(dataRoutes(await harness().stats('shingsou'))).map(([route, stats]) => [route, stats.calls]));
}

const CREATE = `mutation ($card: String!, $package: Int!, $payMethod: PayChannel!, $openId: String, $clientOrderNo: String, $returnUrl: String) {
  createRechargeOrder(card: $card, package: $package, payMethod: $payMethod, openId: $openId, clientOrderNo: $clientOrderNo, returnUrl: $returnUrl) { orderNo }
}`;

describe('queries', () => {
  it.each([
    ['packageCategories', `{ packageCategories(carrier: UNKNOWN) { id } }`, 'carrier'],
    ['packages', `{ packages(carrier: UNKNOWN) { id } }`, 'carrier'],
    ['packages', `{ packages(category: 0) { id } }`, 'category'],
    ['orders: a card that is neither ICCID nor MSISDN', `{ orders(filter: { card: "12345" }) { totalCount } }`, 'filter.card'],
    ['orders: an IMSI', `{ orders(filter: { card: "460071234567890" }) { totalCount } }`, 'filter.card'],
    ['orders: an impossible date', `{ orders(filter: { from: "2024-02-30" }) { totalCount } }`, 'filter.from'],
    ['orders: a date out of range', `{ orders(filter: { to: "1999-12-31" }) { totalCount } }`, 'filter.to'],
    ['orders: to before from', `{ orders(filter: { from: "2024-05-02", to: "2024-05-01" }) { totalCount } }`, 'filter.to'],
    ['orders: page size', `{ orders(first: 101) { totalCount } }`, 'first'],
    ['Card.orders: page size', `{ card(iccid: "${MOBILE_ICCID}") { orders(first: 0) { totalCount } } }`, 'first'],
  ])('%s', async (_name, query, argument) => {
    await expectBadInput(query, argument);
    const calls = await upstreamCalls();
    // Card.orders needs its card first; nothing else may be called.
    expect(Object.keys(calls).filter((route) => route !== 'flowcard-get')).toEqual([]);
  });

  it('refuses an unknown package category after reading the catalogue only', async () => {
    await expectBadInput(`{ packages(category: 99) { id } }`, 'category');
    expect(await upstreamCalls()).toEqual({ 'product-categories': 1 });
  });
});

describe('createRechargeOrder', () => {
  it.each([
    ['a malformed card', { card: '8986-not-a-card', package: 12, payMethod: 'WECHAT_NATIVE' }, 'card'],
    ['a v2-only channel', { card: TELECOM_ICCID, package: 12, payMethod: 'ALIPAY_APP' }, 'payMethod'],
    ['JSAPI without openId', { card: TELECOM_ICCID, package: 12, payMethod: 'WECHAT_JSAPI' }, 'openId'],
    ['a bad clientOrderNo', { card: TELECOM_ICCID, package: 12, payMethod: 'WECHAT_NATIVE', clientOrderNo: 'has spaces in it' }, 'clientOrderNo'],
    ['a returnUrl that is not http(s)', { card: TELECOM_ICCID, package: 12, payMethod: 'WECHAT_H5', returnUrl: 'javascript:alert(1)' }, 'returnUrl'],
    ['a package id below 1', { card: TELECOM_ICCID, package: -3, payMethod: 'WECHAT_NATIVE' }, 'package'],
  ])('refuses %s with no upstream call', async (_name, variables, argument) => {
    await expectBadInput(CREATE, argument, variables);
    expect(await upstreamCalls()).toEqual({});
  });

  it.each([
    ['an unknown package', { card: TELECOM_ICCID, package: 999, payMethod: 'WECHAT_NATIVE' }],
    ["a package of another carrier than the ICCID's", { card: MOBILE_ICCID, package: 12, payMethod: 'WECHAT_NATIVE' }],
  ])('refuses %s after a catalogue read, with no payment call', async (_name, variables) => {
    await expectBadInput(CREATE, 'package', variables);
    const calls = await upstreamCalls();
    expect(calls['payment-post']).toBeUndefined();
    expect(Object.keys(calls).every((route) => route === 'product-get')).toBe(true);
  });
});

describe('order actions and merchants', () => {
  it.each([
    ['refundOrder: amount 0', `mutation { refundOrder(orderNo: "SO1", provider: WECHAT_PAY, amountFen: 0) { refundNo } }`, 'amountFen'],
    ['refundOrder: negative amount', `mutation { refundOrder(orderNo: "SO1", provider: ALIPAY, amountFen: -100) { refundNo } }`, 'amountFen'],
    ['refundOrder: bad refundNo', `mutation { refundOrder(orderNo: "SO1", provider: ALIPAY, amountFen: 1, refundNo: "") { refundNo } }`, 'refundNo'],
    ['closeOrder: bad orderNo', `mutation { closeOrder(orderNo: "SO 1/2", provider: ALIPAY) { status } }`, 'orderNo'],
    ['cancelOrder: bad orderNo', `mutation { cancelOrder(orderNo: "", provider: WECHAT_PAY) { status } }`, 'orderNo'],
    [
      'createMerchant: WeChat Pay without mchId',
      `mutation { createMerchant(input: { provider: WECHAT_PAY, name: "n", appId: "wx1" }) { id } }`,
      'input.mchId',
    ],
    [
      'createMerchant: an Alipay field on WeChat Pay',
      `mutation { createMerchant(input: { provider: WECHAT_PAY, name: "n", appId: "wx1", mchId: "1900000109", privateKey: "k" }) { id } }`,
      'input.privateKey',
    ],
    ['updateMerchant: bad mchId', `mutation { updateMerchant(input: { id: "M-WX-0001", provider: WECHAT_PAY, mchId: "12ab" }) { id } }`, 'input.mchId'],
    ['updateMerchant: blank name', `mutation { updateMerchant(input: { id: "M-WX-0001", provider: WECHAT_PAY, name: "  " }) { id } }`, 'input.name'],
    ['deleteMerchant: bad id', `mutation { deleteMerchant(id: "M WX?", provider: WECHAT_PAY) }`, 'id'],
    [
      'uploadMerchantCertificate: not base64',
      `mutation { uploadMerchantCertificate(input: { merchantId: "M-WX-0001", certificateBase64: "not base64!" }) { certificateName } }`,
      'input.certificateBase64',
    ],
    [
      'uploadMerchantCertificate: a PEM file, not PKCS#12',
      `mutation { uploadMerchantCertificate(input: { merchantId: "M-WX-0001", certificateBase64: "${Buffer.from('-----BEGIN CERTIFICATE-----').toString('base64')}" }) { certificateName } }`,
      'input.certificateBase64',
    ],
  ])('%s', async (_name, query, argument) => {
    await expectBadInput(query, argument);
    expect(await upstreamCalls()).toEqual({});
  });
});
