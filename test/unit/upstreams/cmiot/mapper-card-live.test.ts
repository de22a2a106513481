import { describe, expect, it } from '@jest/globals';
import { kbAmount, toLocation, toSession, usageAsOf } from '../../../../src/upstreams/cmiot/mapper-card-live';
import { toArrearsPage, toLifecycleCounts } from '../../../../src/upstreams/cmiot/mapper-v2-group';
import { v2Signature } from '../../../../src/upstreams/cmiot/v2-transport';
import { checkUsageMonth } from '../../../../src/schema/card/card-live.checks';

describe('CMIOT live mappers', () => {
  it('reads KB amounts leniently: blank is 0, decimals round, junk is null (cmiot.md §3.3)', () => {
    expect(kbAmount(' ')).toBe(0);
    expect(kbAmount('1787873')).toBe(1787873);
    expect(kbAmount('36.6')).toBe(37);
    expect(kbAmount(12)).toBe(12);
    expect(kbAmount('abc')).toBeNull();
  });

  it('turns deadLine into the end of that Shanghai day', () => {
    expect(usageAsOf('20240430', 'fallback')).toBe('2024-05-01T00:00:00+08:00');
    expect(usageAsOf(undefined, 'fallback')).toBe('fallback');
  });

  it('reads v5 sessions with 01 as online and maps rat codes', () => {
    const online = toSession({ simSessionList: [{ apnId: 'CMIOT', status: '01', ip: '10.0.0.1', createDate: '2024-05-01 10:20:30', rat: '8' }] });
    expect(online).toEqual({ online: true, ip: '10.0.0.1', rat: 'NB-IoT', ratCode: '8', apn: 'CMIOT', since: '2024-05-01T10:20:30+08:00' });
    expect(toSession({ simSessionList: [{ status: '00', ip: '', rat: '6' }] })).toMatchObject({ online: false, ip: null, rat: '4G', since: null });
    expect(toSession({ simSessionList: [] }).online).toBe(false);
  });

  it('treats empty position strings as no fix', () => {
    expect(toLocation({ lastTime: '', lastLat: '', lastLon: '' })).toBeNull();
    expect(toLocation({ lastTime: '2024-05-01 10:20:30', lastLat: '31.23', lastLon: '121.47' })).toEqual({
      lat: 31.23,
      lng: 121.47,
      accuracyM: null,
      at: '2024-05-01T10:20:30+08:00',
      source: 'CMIOT',
    });
  });

  it('reads API2022 and querycardcount with string numbers; a non-number is a bad answer', () => {
    const page = toArrearsPage({ arrearageUserInfo: { total: '2', userInfos: [{ msisdn: '1440012345678', status: '02', currentDate: '20151228', statusDate: '20130828' }] } });
    expect(page).toEqual({ total: 2, cards: [{ msisdn: '1440012345678', status: '02', suspendedAt: '2013-08-28T00:00:00+08:00', listedAt: '2015-12-28T00:00:00+08:00' }] });
    expect(toArrearsPage({ arrearageUserInfo: { total: 'x', userInfos: [] } })).toBeNull();
    expect(toLifecycleCounts({ normalnum: '28596', testnum: '564', sleepnum: '2001', othernum: 3 })).toEqual({ normal: 28596, test: 564, silent: 2001, other: 3 });
  });
});

describe('v2 signature', () => {
  it('matches the contract test vector (cmiot.md §2.1)', () => {
    expect(v2Signature('100001', 'secret', '1000012014101615303080000001')).toBe('2f754d00bf4c7382419c0bee6fc06b63e2f161decb7419eb77350b37a6b0a0eb');
  });
});

describe('usage month window', () => {
  const now = Date.parse('2024-05-15T12:00:00+08:00');
  it('defaults to the current Shanghai month and accepts the 5 before it', () => {
    expect(checkUsageMonth(undefined, now)).toBe('2024-05');
    expect(checkUsageMonth('2023-12', now)).toBe('2023-12');
  });
  it.each(['2023-11', '2024-06', '2024-5', '2024-13'])('refuses %s', (month) => {
    expect(() => checkUsageMonth(month, now)).toThrow(/month/);
  });
});
