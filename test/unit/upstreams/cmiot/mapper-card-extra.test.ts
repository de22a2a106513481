import { describe, expect, it } from '@jest/globals';
import { checkUsageDay } from '../../../../src/schema/card/card-extra.checks';
import { toDailyUsage, toGroupMembers, toPlatform, toPowerState } from '../../../../src/upstreams/cmiot/mapper-card-extra';

describe('CMIOT extra mappers', () => {
  it('reads platform, power state and daily amounts as the contract words them (cmiot.md §3.3, §6.3)', () => {
    expect(toPlatform({ platformType: 'OneLink-PB' })).toBe('PB');
    expect(toPlatform({ platformType: 'OneLink-CT' })).toBe('CT');
    expect(toPlatform({ platformType: '' })).toBeUndefined();
    expect([toPowerState({ status: '1' }), toPowerState({ status: '0' }), toPowerState({ status: '2' })]).toEqual(['ON', 'OFF', undefined]);
    expect(toDailyUsage(' ', '2024-05-01')).toEqual({ date: '2024-05-01', usedKb: 0 });
    expect(toDailyUsage('10.6', '2024-05-01')).toEqual({ date: '2024-05-01', usedKb: 11 });
    expect(toDailyUsage('abc', '2024-05-01')).toBeUndefined();
  });

  it('maps group members to China Mobile cards, dropping members without an ICCID', () => {
    const listing = toGroupMembers({ totalCount: '3', memberList: [{ iccid: '8986abc', msisdn: '1440000000001', imsi: '' }, { msisdn: '1440000000002' }] });
    expect(listing).toEqual({ total: 3, items: [{ iccid: '8986ABC', msisdn: '1440000000001', imsi: null, carrier: 'CHINA_MOBILE' }] });
    expect(toGroupMembers({ totalCount: 'x', memberList: [] })).toBeUndefined();
  });
});

describe('checkUsageDay', () => {
  const now = Date.parse('2024-05-10T00:30:00+08:00');
  it('takes the 7 Shanghai days before today', () => {
    expect(checkUsageDay('2024-05-09', now)).toBe('2024-05-09');
    expect(checkUsageDay('2024-05-03', now)).toBe('2024-05-03');
  });
  it('refuses today, the 8th day back and impossible dates with BAD_USER_INPUT on date', () => {
    for (const date of ['2024-05-10', '2024-05-02', '2024-02-30', '2024-5-9']) {
      expect(() => checkUsageDay(date, now)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'date' }) }));
    }
  });
});
