import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { type GraphQLResult, startHarness, useHarness } from '../../support/gateway';

/**
 * Merchant secrets are accepted by inputs and never come back (`shingsou.md` §6.4, §8.9): not in
 * a response, an error or a log line. The gateway logs at `trace` into a buffer, and every
 * response and log line is searched for every secret value.
 */

const unique = randomBytes(6).toString('hex');
const SECRETS = {
  privateKey: `ali-private-key-${unique}`,
  alipayPublicKey: `ali-public-key-${unique}`,
  apiKey: `wx-api-key-${unique}`,
  appSecret: `wx-app-secret-${unique}`,
  newApiKey: `wx-api-key-rotated-${unique}`,
  misplaced: `misplaced-secret-${unique}`,
};
// A DER SEQUENCE header, then bytes that contain a findable marker (and a high byte, to catch re-encoding).
const CERTIFICATE = Buffer.concat([Buffer.from([0x30, 0x82, 0xff, 0x80]), Buffer.from(`cert-body-${unique}`)]);

const FIELDS = `id merchantId provider name appId mchId signType notifyUrl status certificateName hasPrivateKey hasAlipayPublicKey hasApiKey hasAppSecret createdAt updatedAt`;

const logLines: string[] = [];
const responses: GraphQLResult[] = [];

const log = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
const harness = useHarness({ log }, { resetStats: false });

async function gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
  const result = await harness().gql(query, variables);
  responses.push(result);
  return result;
}

describe('merchants', () => {
  it('create, update, certificate upload, list and delete: secrets reach the upstream and never come back', async () => {
    await harness().resetStats();
    const alipay = await gql(`mutation ($input: CreateMerchantInput!) { createMerchant(input: $input) { ${FIELDS} } }`, {
      input: { provider: 'ALIPAY', name: '测试商户', appId: '2021000999999999', privateKey: SECRETS.privateKey, alipayPublicKey: SECRETS.alipayPublicKey },
    });
    expect(alipay.errors).toBeUndefined();
    const ali = (alipay.data as { createMerchant: Record<string, unknown> }).createMerchant;
    expect(ali).toMatchObject({ provider: 'ALIPAY', signType: 'RSA2', status: 'ENABLED', hasPrivateKey: true, hasAlipayPublicKey: true, hasApiKey: null });

    const wechat = await gql(`mutation ($input: CreateMerchantInput!) { createMerchant(input: $input) { ${FIELDS} } }`, {
      input: { provider: 'WECHAT_PAY', name: '测试商户', appId: 'wx9999999999999999', mchId: '1900009999', apiKey: SECRETS.apiKey, appSecret: SECRETS.appSecret, notifyUrl: 'https://example.com/notify' },
    });
    expect(wechat.errors).toBeUndefined();
    const wx = (wechat.data as { createMerchant: { merchantId: string } & Record<string, unknown> }).createMerchant;
    expect(wx).toMatchObject({ provider: 'WECHAT_PAY', mchId: '1900009999', hasApiKey: true, hasAppSecret: true, hasPrivateKey: null, certificateName: null });

    const updated = await gql(`mutation ($input: UpdateMerchantInput!) { updateMerchant(input: $input) { ${FIELDS} } }`, {
      input: { id: wx.merchantId, provider: 'WECHAT_PAY', apiKey: SECRETS.newApiKey, status: 'DISABLED' },
    });
    expect(updated.errors).toBeUndefined();
    expect((updated.data as { updateMerchant: unknown }).updateMerchant).toMatchObject({ status: 'DISABLED', hasApiKey: true, hasAppSecret: true });

    const upload = await gql(`mutation ($input: UploadMerchantCertificateInput!) { uploadMerchantCertificate(input: $input) { merchantId certificateName } }`, {
      input: { merchantId: wx.merchantId, certificateBase64: CERTIFICATE.toString('base64') },
    });
    expect(upload.errors).toBeUndefined();
    expect((upload.data as { uploadMerchantCertificate: unknown }).uploadMerchantCertificate).toEqual({ merchantId: wx.merchantId, certificateName: 'apiclient_cert_1900009999.p12' });

    const list = await gql(`{ merchants(provider: WECHAT_PAY) { ${FIELDS} } }`);
    expect(list.errors).toBeUndefined();
    const listed = (list.data as { merchants: { merchantId: string; certificateName: string | null }[] }).merchants;
    expect(listed.find((m) => m.merchantId === wx.merchantId)?.certificateName).toBe('apiclient_cert_1900009999.p12');

    // The upstream holds exactly what was sent: the secrets, and the certificate byte for byte.
    const stored = harness().simulators.fleet.merchants.get(wx.merchantId);
    expect(stored?.secrets).toEqual({ apiKey: SECRETS.newApiKey, appSecret: SECRETS.appSecret });
    expect(stored?.certificate?.equals(CERTIFICATE)).toBe(true);
    expect(harness().simulators.fleet.merchants.get(String(ali['merchantId']))?.secrets).toEqual({ privateKey: SECRETS.privateKey, alipayPublicKey: SECRETS.alipayPublicKey });

    const deleted = await gql(`mutation ($id: ID!) { deleteMerchant(id: $id, provider: WECHAT_PAY) }`, { id: wx.merchantId });
    expect((deleted.data as { deleteMerchant: string }).deleteMerchant).toBe(wx.merchantId);
    expect(harness().simulators.fleet.merchants.has(wx.merchantId)).toBe(false);

    const stats = await harness().stats('shingsou');
    expect(stats.routes['alipay-postmerchant']?.calls).toBe(1);
    expect(stats.routes['wechatpay-postmerchant']?.calls).toBe(1);
    expect(stats.routes['wechatpay-putmerchant']?.calls).toBe(1);
    expect(stats.routes['wechatpay-uploadcert']?.calls).toBe(1);
    expect(stats.routes['wechatpay-merchants']?.calls).toBe(1);
    expect(stats.routes['wechatpay-deletemerchant']?.calls).toBe(1);
  });

  it('refuses a secret in the wrong provider field without quoting it, and logs an upstream refusal without the secret', async () => {
    const misplaced = await gql(`mutation ($input: CreateMerchantInput!) { createMerchant(input: $input) { id } }`, {
      input: { provider: 'ALIPAY', name: 'x', appId: '2021000999999998', apiKey: SECRETS.misplaced },
    });
    expect(misplaced.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.apiKey' });

    const unknown = await gql(`mutation ($input: UpdateMerchantInput!) { updateMerchant(input: $input) { id } }`, {
      input: { id: 'M-ALI-9999', provider: 'ALIPAY', privateKey: SECRETS.misplaced },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '22001' });
  });

  it('found no secret in any response or log line', () => {
    // The search is only meaningful if there is something to search.
    expect(responses.length).toBeGreaterThanOrEqual(8);
    expect(logLines.some((line) => line.includes('22001'))).toBe(true);
    const haystacks = [JSON.stringify(responses), logLines.join('\n')];
    const needles = [...Object.values(SECRETS), CERTIFICATE.toString('base64'), `cert-body-${unique}`];
    for (const haystack of haystacks) for (const needle of needles) expect(haystack).not.toContain(needle);
  });
});

describe('merchant scopes depend on the provider argument', () => {
  it('refuses an Alipay-only key on WeChat Pay merchants with FORBIDDEN, before any upstream call', async () => {
    const key = 'alipay-merchants-key-0123456789';
    const scoped = await startHarness({ shareSimulatorsWith: harness(), env: { API_KEYS: `${key}=iot.payment.alipay.all` } });
    try {
      await scoped.resetStats();
      const post = async (provider: string) => {
        const response = await fetch(scoped.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': key },
          body: JSON.stringify({ query: `{ merchants(provider: ${provider}) { id } }` }),
        });
        return (await response.json()) as GraphQLResult;
      };
      const wechat = await post('WECHAT_PAY');
      expect(wechat.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'iot.payment.wechatpay.merchants' });
      expect(await scoped.calls('shingsou', 'wechatpay-merchants')).toBe(0);
      const alipay = await post('ALIPAY');
      expect(alipay.errors).toBeUndefined();
      expect(await scoped.calls('shingsou', 'alipay-merchants')).toBe(1);
    } finally {
      await scoped.close();
    }
  });
});
