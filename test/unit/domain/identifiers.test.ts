import { describe, expect, it } from '@jest/globals';
import {
  classifyCardIdentifier,
  isIccid,
  isImsi,
  isMsisdn,
  parseIccid,
  parseImsi,
  parseMsisdn,
} from '../../../src/domain';

const ICCID_REASON =
  'ICCID must be 19 or 20 characters: 8986, a 2-digit issuer code, then digits or capital letters';

describe('parseIccid (card-status.md §7.1)', () => {
  it.each([
    '898600D6991330004146', // China Mobile, letters in the serial
    '898602B2221430000006',
    '898607B0101790000012',
    '89860312345678901234', // 20 digits
    '8986031234567890123', // 19 characters
    '89861512345678901234', // Broadnet: valid shape, carrier UNKNOWN
  ])('accepts %s', (iccid) => {
    expect(parseIccid(iccid)).toEqual({ ok: true, value: iccid });
  });

  it('trims and upper-cases', () => {
    expect(parseIccid('  898600d6991330004146\n')).toEqual({ ok: true, value: '898600D6991330004146' });
  });

  it('does no Luhn check: both last digits pass', () => {
    expect(isIccid('89860312345678901230')).toBe(true);
    expect(isIccid('89860312345678901231')).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['898603123456789012', '18 characters'],
    ['898603123456789012345', '21 characters'],
    ['89440312345678901234', 'not China (86)'],
    ['8986AB12345678901234', 'letters in the issuer code'],
    ['898603-2345678901234', 'punctuation'],
    ['89860312345678 01234', 'inner space'],
    ['８９８６０３１２３４５６７８９０１２３４', 'full-width digits'],
  ])('rejects %s (%s) with a reason a GraphQL error can show', (input) => {
    expect(parseIccid(input)).toEqual({ ok: false, reason: ICCID_REASON });
  });
});

describe('parseImsi (card-status.md §7.2)', () => {
  it.each(['460079650004176', '460040260908676', '460111015938637'])('accepts %s', (imsi) => {
    expect(parseImsi(imsi)).toEqual({ ok: true, value: imsi });
  });
  it('trims', () => {
    expect(parseImsi(' 460079650004176 ')).toEqual({ ok: true, value: '460079650004176' });
  });
  it.each(['46007965000417', '4600796500041760', '310260123456789', '46007965000417A', ''])('rejects %s', (imsi) => {
    const r = parseImsi(imsi);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^IMSI must be 15 digits/);
  });
});

describe('parseMsisdn (card-status.md §7.3)', () => {
  it.each(['14765004176', '1064826090209', '14928270052', '1440212345678', '13800138000'])('accepts %s', (m) => {
    expect(parseMsisdn(m)).toEqual({ ok: true, value: m });
  });
  it.each(['1476500417', '147650041760', '10648260902091', '24765004176', '+8614765004176', '1476500417a', ''])(
    'rejects %s',
    (m) => {
      expect(parseMsisdn(m)).toEqual({ ok: false, reason: 'MSISDN must be 11 or 13 digits starting with 1' });
    },
  );
  it('has boolean helpers', () => {
    expect(isMsisdn('14765004176')).toBe(true);
    expect(isImsi('14765004176')).toBe(false);
  });
});

describe('classifyCardIdentifier', () => {
  it.each([
    ['898600D6991330004146', 'ICCID', '898600D6991330004146'],
    ['898600d6991330004146', 'ICCID', '898600D6991330004146'],
    ['8986031234567890123', 'ICCID', '8986031234567890123'],
    ['14765004176', 'MSISDN', '14765004176'],
    ['1064826090209', 'MSISDN', '1064826090209'],
    [' 460079650004176 ', 'IMSI', '460079650004176'],
  ] as const)('%s is an %s', (...[input, kind, value]) => {
    expect(classifyCardIdentifier(input)).toEqual({ ok: true, value: { kind, value } });
  });
  it.each(['', 'abc', '8986', '46007965000417', '147650041', '99999999999'])('rejects %s', (input) => {
    const r = classifyCardIdentifier(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^Card id must be an ICCID/);
  });
});
