import { describe, expect, it } from '@jest/globals';
import {
  currentShanghaiMonth,
  formatShanghaiCompact,
  formatShanghaiCompactDate,
  formatShanghaiCompactMonth,
  formatShanghaiDate,
  formatShanghaiIso,
  formatShanghaiMonth,
  parseShanghaiLocal,
  parseShanghaiLocalToEpoch,
} from '../../../src/domain';

const utc = (iso: string) => Date.parse(iso);

describe('formatting an instant in Asia/Shanghai', () => {
  it('renders hour 13 as "13" for UTC 05:xx (24-hour clock)', () => {
    expect(formatShanghaiCompact(utc('2024-05-01T05:07:09Z'))).toBe('20240501130709');
    expect(formatShanghaiIso(utc('2024-05-01T05:07:09Z'))).toBe('2024-05-01T13:07:09+08:00');
  });

  it('UTC 16:30 is already the next day in Shanghai', () => {
    const t = utc('2024-05-01T16:30:00Z');
    expect(formatShanghaiCompact(t)).toBe('20240502003000');
    expect(formatShanghaiCompactDate(t)).toBe('20240502');
    expect(formatShanghaiDate(t)).toBe('2024-05-02');
    expect(formatShanghaiIso(t)).toBe('2024-05-02T00:30:00+08:00');
  });

  it('UTC 15:59:59 is still the same day', () => {
    expect(formatShanghaiCompact(utc('2024-05-01T15:59:59Z'))).toBe('20240501235959');
  });

  it('crosses month and year boundaries', () => {
    const t = utc('2023-12-31T16:00:00Z');
    expect(formatShanghaiCompact(t)).toBe('20240101000000');
    expect(formatShanghaiMonth(t)).toBe('2024-01');
    expect(formatShanghaiCompactMonth(t)).toBe('202401');
    expect(currentShanghaiMonth(t)).toBe('2024-01');
    expect(currentShanghaiMonth(utc('2024-01-31T16:00:00Z'))).toBe('2024-02');
    expect(currentShanghaiMonth(utc('2024-01-31T15:59:59.999Z'))).toBe('2024-01');
  });

  it('uses the calendar year, not the week year (YYYY), at the turn of the year', () => {
    // 2024-12-30 belongs to ISO week 1 of 2025.
    expect(formatShanghaiCompact(utc('2024-12-30T02:00:00Z'))).toBe('20241230100000');
  });

  it('handles a leap day and drops milliseconds', () => {
    expect(formatShanghaiIso(utc('2024-02-28T16:00:00.999Z'))).toBe('2024-02-29T00:00:00+08:00');
  });

  it('defaults currentShanghaiMonth to now', () => {
    expect(currentShanghaiMonth()).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
  });

  it('refuses a non-finite epoch', () => {
    expect(() => formatShanghaiCompact(Number.NaN)).toThrow(RangeError);
  });

  it('does not depend on the host timezone', () => {
    const saved = process.env.TZ;
    const t = utc('2024-05-01T16:30:00Z');
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham']) {
        process.env.TZ = tz; // Node applies a TZ change at run time
        expect(formatShanghaiCompact(t)).toBe('20240502003000');
        expect(parseShanghaiLocal('20240502003000')).toEqual({ ok: true, value: '2024-05-02T00:30:00+08:00' });
        expect(parseShanghaiLocalToEpoch('20240502003000')).toEqual({ ok: true, value: t });
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('parsing Shanghai local times', () => {
  it.each([
    ['2024-05-01 10:20:30', '2024-05-01T10:20:30+08:00', '2024-05-01T02:20:30Z'],
    ['20190315103000', '2019-03-15T10:30:00+08:00', '2019-03-15T02:30:00Z'],
    ['20151228', '2015-12-28T00:00:00+08:00', '2015-12-27T16:00:00Z'],
    ['2024-05-02 00:30:00', '2024-05-02T00:30:00+08:00', '2024-05-01T16:30:00Z'],
    ['20240229', '2024-02-29T00:00:00+08:00', '2024-02-28T16:00:00Z'],
    [' 20240501235959 ', '2024-05-01T23:59:59+08:00', '2024-05-01T15:59:59Z'],
  ])('%s → %s', (text, iso, instant) => {
    expect(parseShanghaiLocal(text)).toEqual({ ok: true, value: iso });
    expect(parseShanghaiLocalToEpoch(text)).toEqual({ ok: true, value: utc(instant) });
  });

  it.each([
    '',
    '2024-05-01',
    '2024-05-01T10:20:30',
    '2024-05-01 10:20',
    '20240230',
    '20230229',
    '20241301',
    '20240100',
    '20240501240000',
    '20240501126000',
    '2024050112000',
    'abcdefgh',
  ])('rejects %j', (text) => {
    const r = parseShanghaiLocal(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/Shanghai local time/);
  });
});
