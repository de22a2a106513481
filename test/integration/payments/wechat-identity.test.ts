import { describe, expect, it } from '@jest/globals';
import pino from 'pino';
import { type GraphQLResult, startHarness, useHarness } from '../../support/gateway';
import { dataOf, errorOf, expectNoUpstreamCall } from './transfers-support';

/**
 * WeChat identity (`shingsou.md` §6.4.1): a code from the simulator's WeChat client
 * (`/__sim/wechat/code`) exchanged once for the user's openId; a used code is
 * WECHAT_CODE_INVALID; the mini program's session key never leaves the gateway (no field, no
 * response, no log line at trace level).
 */

const logLines: string[] = [];
const responses: GraphQLResult[] = [];
const log = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
const harness = useHarness({ simulators: { cards: 20 }, log, upstreams: { log } });

async function gql(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult> {
  const result = await harness().gql(query, variables);
  responses.push(result);
  return result;
}

/** What the WeChat client hands the page: a code valid once, for 5 minutes. */
async function wechatCode(user: string, merchantId = 'M-WX-0001'): Promise<string> {
  const response = await fetch(`${harness().simulators.shingsou.baseUrl}/__sim/wechat/code?merchantId=${merchantId}&user=${user}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { code: string }).code;
}

const OAUTH = `mutation ($merchantId: String!, $code: String!) { wechatOAuth(merchantId: $merchantId, code: $code) { openId unionId scope } }`;
const LOGIN = `mutation ($merchantId: String!, $jsCode: String!) { wechatMiniProgramLogin(merchantId: $merchantId, jsCode: $jsCode) { openId unionId scope } }`;

describe('wechatOAuth and wechatMiniProgramLogin', () => {
  it("exchange a code for the user's openId, once; a used code is WECHAT_CODE_INVALID (23008)", async () => {
    const code = await wechatCode('alice');
    const identity = dataOf<Record<string, unknown>>(await gql(OAUTH, { merchantId: 'M-WX-0001', code }), 'wechatOAuth');
    expect(identity).toEqual({ openId: expect.stringMatching(/^o[A-Za-z0-9_-]{27}$/), unionId: null, scope: 'snsapi_base' });

    const reused = await gql(OAUTH, { merchantId: 'M-WX-0001', code });
    expect(errorOf(reused, 'wechatOAuth')).toMatchObject({ code: 'WECHAT_CODE_INVALID', upstream: 'shingsou', upstreamCode: '23008', upstreamMessage: 'code无效或已过期', retryable: false });

    const login = dataOf<Record<string, unknown>>(await gql(LOGIN, { merchantId: 'M-WX-0001', jsCode: await wechatCode('alice') }), 'wechatMiniProgramLogin');
    expect(login).toEqual({ openId: identity['openId'], unionId: null, scope: null });

    const stats = await harness().stats('shingsou');
    expect(stats.routes['wechatpay-oauth']?.calls).toBe(2);
    expect(stats.routes['wechatpay-code2session']?.calls).toBe(1);
  });

  it('has no field for the session key', async () => {
    const asked = await harness().gql(`mutation ($jsCode: String!) { wechatMiniProgramLogin(merchantId: "M-WX-0001", jsCode: $jsCode) { openId sessionKey } }`, { jsCode: 'unused-code' });
    expect(asked.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    await expectNoUpstreamCall(harness());
  });

  it('refuses a malformed code or merchant before any upstream call; an unknown merchant is NOT_FOUND', async () => {
    expect(errorOf(await gql(OAUTH, { merchantId: 'M-WX-0001', code: 'has space' }), 'wechatOAuth')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code' });
    expect(errorOf(await gql(LOGIN, { merchantId: 'M-WX-0001', jsCode: 'x'.repeat(129) }), 'wechatMiniProgramLogin')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'jsCode' });
    expect(errorOf(await gql(LOGIN, { merchantId: 'M/WX', jsCode: 'abc' }), 'wechatMiniProgramLogin')).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'merchantId' });
    await expectNoUpstreamCall(harness());
    expect(errorOf(await gql(OAUTH, { merchantId: 'M-WX-4040', code: 'abc' }), 'wechatOAuth')).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '22001' });
  });

  it('needs its own gateway scope (Shingsou asks none)', async () => {
    const key = 'wechat-oauth-only-key-0123456789';
    const scoped = await startHarness({ shareSimulatorsWith: harness(), env: { API_KEYS: `${key}=iot.payment.wechatpay.oauth` } });
    try {
      await scoped.resetStats();
      const post = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(scoped.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query, variables }) });
        return (await response.json()) as GraphQLResult;
      };
      expect(errorOf(await post(LOGIN, { merchantId: 'M-WX-0001', jsCode: 'abc' }), 'wechatMiniProgramLogin')).toMatchObject({ code: 'FORBIDDEN', scope: 'iot.payment.wechatpay.code2session' });
      await expectNoUpstreamCall(scoped);
      dataOf(await post(OAUTH, { merchantId: 'M-WX-0001', code: await wechatCode('bob') }), 'wechatOAuth');
    } finally {
      await scoped.close();
    }
  });

  it('found no session key in any response or log line', () => {
    expect(responses.length).toBeGreaterThanOrEqual(6);
    expect(logLines.some((line) => line.includes('23008'))).toBe(true);
    // WeChat's session_key is 16 random bytes in base64: 22 characters and "==".
    const sessionKeyShape = /[A-Za-z0-9+/]{22}==/;
    for (const haystack of [JSON.stringify(responses), logLines.join('\n')]) {
      expect(haystack).not.toContain('sessionKey');
      expect(haystack).not.toMatch(sessionKeyShape);
    }
  });
});
