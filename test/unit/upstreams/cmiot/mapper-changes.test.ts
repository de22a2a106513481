import { describe, expect, it } from '@jest/globals';
import { cmiotChangeRefusal, toCardChangeJob } from '../../../../src/upstreams/cmiot/mapper-changes';

describe('toCardChangeJob (cmiot.md §3.6)', () => {
  it.each([
    ['0', 'QUEUED', false],
    ['1', 'RUNNING', false],
    ['4', 'FAILED', true],
    ['7', 'UNKNOWN', false],
  ])('jobStatus %s is %s without items', (jobStatus, status, done) => {
    expect(toCardChangeJob('J1', { jobStatus })).toEqual({ id: 'J1', status, rawStatus: jobStatus, done, items: null });
  });

  it('maps a finished job item by item, keeping the upstream code and message of refusals', () => {
    const job = toCardChangeJob('J2', {
      jobStatus: '3',
      resultList: [
        { status: '0', message: '正确', resultType: '1', resultId: '1440012345678' },
        { status: '12098', message: '当前停机原因不符合自主发起复机操作要求', resultType: '1', resultId: '1440012345679' },
        { status: '19999', message: '其他', resultType: '1', resultId: '1440012345670' },
      ],
    });
    expect(job).toEqual({
      id: 'J2',
      status: 'PARTLY_FAILED',
      rawStatus: '3',
      done: true,
      items: [
        { msisdn: '1440012345678', ok: true },
        { msisdn: '1440012345679', ok: false, refusal: 'RESUME_NOT_ALLOWED', upstreamCode: '12098', upstreamMessage: '当前停机原因不符合自主发起复机操作要求' },
        { msisdn: '1440012345670', ok: false, refusal: 'OTHER', upstreamCode: '19999', upstreamMessage: '其他' },
      ],
    });
  });

  it.each([
    ['12036', 'COOLDOWN'],
    ['12089', 'INVALID_STATE'],
    ['12098', 'RESUME_NOT_ALLOWED'],
    ['12010', 'NOT_FOUND'],
    ['500', 'OTHER'],
  ])('reads CMIOT %s as %s', (code, refusal) => {
    expect(cmiotChangeRefusal(code)).toBe(refusal);
  });
});
