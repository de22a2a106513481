/**
 * Every §4 path (and REST alias) with its verb, written out from `shingsou.md` §4 rather than
 * imported from the simulator's table: each one reaches its operation (never the gateway 404) and
 * is counted under its operation id; the same path with a wrong verb gets the gateway 404.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Sim, startSim, stats } from './harness';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ cards: 100 });
  await sim.call('GET', '/cards/FlowCard/Codes'); // fetches the harness token before any count
});
afterAll(() => sim.close());

const CARDS: [string, string, string][] = [
  ['flowcard-get', 'GET', '/cards/FlowCard/Get'],
  ['flowcard-get', 'GET', '/cards/FlowCard'],
  ['flowcard-detail', 'GET', '/cards/FlowCard/Detail'],
  ['flowcard-put', 'PUT', '/cards/FlowCard/Put'],
  ['flowcard-put', 'PUT', '/cards/FlowCard'],
  ['flowcard-patch', 'PATCH', '/cards/FlowCard/Patch'],
  ['flowcard-patch', 'PATCH', '/cards/FlowCard'],
  ['flowcard-data', 'GET', '/cards/FlowCard/Data'],
  ['flowcard-status', 'GET', '/cards/FlowCard/Status'],
  ['flowcard-network', 'POST', '/cards/FlowCard/Network'],
  ['flowcard-transfer', 'POST', '/cards/FlowCard/Transfer'],
  ['flowcard-transferhistory', 'GET', '/cards/FlowCard/TransferHistory'],
  ['flowcard-import', 'POST', '/cards/FlowCard/Import'],
  ['flowcard-importhistory', 'GET', '/cards/FlowCard/ImportHistory'],
  ['flowcard-reality', 'POST', '/cards/FlowCard/Reality'],
  ['flowcard-types', 'GET', '/cards/FlowCard/Types'],
  ['flowcard-categories', 'GET', '/cards/FlowCard/Categories'],
  ['flowcard-tags', 'GET', '/cards/FlowCard/Tags'],
  ['flowcard-location', 'GET', '/cards/FlowCard/Location'],
  ['flowcard-codes', 'GET', '/cards/FlowCard/Codes'],
  ['datacard-get', 'GET', '/cards/DataCard/Get'],
  ['datacard-get', 'GET', '/cards/DataCard'],
  ['datacard-history', 'GET', '/cards/DataCard/History'],
  ['datacard-transfer', 'POST', '/cards/DataCard/Transfer'],
  ['datacard-generate', 'POST', '/cards/DataCard/Generate'],
  ['datacard-codes', 'GET', '/cards/DataCard/Codes'],
];

const PAYMENT: [string, string, string][] = [
  ['product-categories', 'GET', '/payment/Product/Categories'],
  ['product-get', 'GET', '/payment/Product/Get'],
  ['product-get', 'GET', '/payment/Product'],
  ['order-get', 'GET', '/payment/Order/Get'],
  ['order-get', 'GET', '/payment/Order'],
  ['order-statistic', 'GET', '/payment/Order/Statistic'],
  ['order-codes', 'GET', '/payment/Order/Codes'],
  ['payment-post', 'POST', '/payment/Payment/Post'],
  ['payment-post', 'POST', '/payment/Payment'],
  ['payment-codes', 'GET', '/payment/Payment/Codes'],
];

const v2 = (provider: 'Alipay' | 'WechatPay', actions: [string, string][]): [string, string, string][] =>
  actions.map(([action, verb]) => [`${provider === 'Alipay' ? 'alipay' : 'wechatpay'}-${action.toLowerCase()}`, verb, `/paymentv2/${provider}/${action}`]);

const PAYMENT_V2: [string, string, string][] = [
  ...v2('Alipay', [
    ['WebPay', 'POST'], ['WapPay', 'POST'], ['AppPay', 'POST'], ['ScanPay', 'POST'], ['BarcodePay', 'POST'], ['Query', 'GET'],
    ['Refund', 'POST'], ['RefundQuery', 'GET'], ['Cancel', 'POST'], ['Close', 'POST'], ['Merchants', 'GET'],
    ['PostMerchant', 'POST'], ['PutMerchant', 'PUT'], ['DeleteMerchant', 'DELETE'],
  ]),
  ...v2('WechatPay', [
    ['PublicPay', 'POST'], ['AppPay', 'POST'], ['AppletPay', 'POST'], ['WapPay', 'POST'], ['ScanPay', 'POST'], ['BarcodePay', 'POST'],
    ['Query', 'GET'], ['Refund', 'POST'], ['RefundQuery', 'GET'], ['Close', 'POST'], ['Cancel', 'POST'], ['Merchants', 'GET'],
    ['PostMerchant', 'POST'], ['PutMerchant', 'PUT'], ['UploadCert', 'POST'], ['DeleteMerchant', 'DELETE'],
  ]),
];

const ALL = [...CARDS, ...PAYMENT, ...PAYMENT_V2];
const GATEWAY_404 = JSON.stringify({ statusCode: 404, message: 'Resource not found' });

describe('every §4 path with its verb', () => {
  it.each(ALL)('%s: %s %s reaches its operation', async (id, method, path) => {
    await fetch(`${sim.url}/__sim/reset`, { method: 'POST' });
    const res = await sim.call(method, path, { body: method === 'GET' || method === 'DELETE' ? undefined : {} });
    expect(res.text).not.toBe(GATEWAY_404);
    expect([200, 204, 404, 422]).toContain(res.status);
    expect(Object.keys((await stats(sim)).routes)).toEqual([id]);
  });

  it.each(ALL)('%s: a wrong verb on %s %s is the gateway 404', async (_id, method, path) => {
    const wrong = method === 'GET' ? 'POST' : 'GET';
    const served = ALL.some(([, m, p]) => m === wrong && p === path);
    const res = await sim.call(served ? 'HEAD' : wrong, path);
    if (!served) expect(res.text).toBe(GATEWAY_404);
    expect(res.status).toBe(404);
  });
});
