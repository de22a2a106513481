import { describe, expect, it } from '@jest/globals';
import { UpstreamError } from '../../../../src/upstreams/errors';
import { explainBusinessCode } from '../../../../src/upstreams/shingsou/business-codes';

const refusal = (upstreamCode: string, upstreamMessage: string) =>
  new UpstreamError({ upstream: 'shingsou', code: 'UPSTREAM_REJECTED', message: 'Shingsou refused the request: X', upstreamCode, upstreamMessage });

describe('explainBusinessCode', () => {
  it.each([
    ['10000', '接收人账户不存在', 'the consignee account does not exist'],
    ['10001', '卡号不能少于1个', 'at least one card or voucher is needed'],
    ['10002', '到期时间必须大于当前时间', 'the expiry time must be later than now'],
    ['10003', '每天最多生成99,999,999张卡', 'at most 99,999,999 vouchers can be generated per day'],
  ])('re-words %s in English and keeps the code and the Chinese text', (code, chinese, english) => {
    const explained = explainBusinessCode(refusal(code, chinese));
    expect(explained).toBeInstanceOf(UpstreamError);
    expect(explained).toMatchObject({ code: 'UPSTREAM_REJECTED', message: `Shingsou refused the request: ${english}`, upstreamCode: code, upstreamMessage: chinese, retryable: false });
  });

  it('passes other errors through unchanged', () => {
    const other = refusal('20001', '套餐不存在');
    const outage = new UpstreamError({ upstream: 'shingsou', code: 'UPSTREAM_UNAVAILABLE', message: 'down', upstreamCode: '10002' });
    const plain = new Error('boom');
    for (const error of [other, outage, plain]) expect(explainBusinessCode(error)).toBe(error);
  });
});
