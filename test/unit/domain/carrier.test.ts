import { describe, expect, it } from '@jest/globals';
import {
  CARRIERS,
  carrierFromIccid,
  carrierFromImsi,
  carrierFromShingsouOperator,
  carrierName,
  detectCarrier,
  shingsouOperatorFromCarrier,
  KNOWN_CARRIERS,
} from '../../../src/domain';

describe('names and Shingsou operator codes (shingsou.md §3)', () => {
  it.each([
    ['CHINA_MOBILE', '中国移动', 1],
    ['CHINA_UNICOM', '中国联通', 2],
    ['CHINA_TELECOM', '中国电信', 3],
  ] as const)('%s is %s, operator %i, both ways', (...[carrier, name, operator]) => {
    expect(carrierName(carrier)).toBe(name);
    expect(carrierFromShingsouOperator(operator)).toBe(carrier);
    expect(shingsouOperatorFromCarrier(carrier)).toBe(operator);
  });
  it('anything else is UNKNOWN', () => {
    for (const op of [0, 4, -1, 1.5, Number.NaN]) expect(carrierFromShingsouOperator(op)).toBe('UNKNOWN');
    expect(carrierName('UNKNOWN')).toBe('未知');
  });
  it('lists the carriers', () => {
    expect(CARRIERS).toEqual(['CHINA_MOBILE', 'CHINA_UNICOM', 'CHINA_TELECOM', 'UNKNOWN']);
    expect(KNOWN_CARRIERS).toEqual(['CHINA_MOBILE', 'CHINA_UNICOM', 'CHINA_TELECOM']);
  });
});

describe('ICCID prefix (card-status.md §7.1)', () => {
  it.each([
    ['898600', 'CHINA_MOBILE'],
    ['898602', 'CHINA_MOBILE'],
    ['898604', 'CHINA_MOBILE'],
    ['898607', 'CHINA_MOBILE'],
    ['898608', 'CHINA_MOBILE'],
    ['898613', 'CHINA_MOBILE'],
    ['898601', 'CHINA_UNICOM'],
    ['898606', 'CHINA_UNICOM'],
    ['898609', 'CHINA_UNICOM'],
    ['898610', 'CHINA_UNICOM'],
    ['898603', 'CHINA_TELECOM'],
    ['898611', 'CHINA_TELECOM'],
    ['898605', 'CHINA_TELECOM'],
    ['898612', 'CHINA_TELECOM'],
    ['898615', 'UNKNOWN'],
    ['898614', 'UNKNOWN'],
    ['894400', 'UNKNOWN'],
  ] as const)('%s… → %s', (...[prefix, carrier]) => {
    expect(carrierFromIccid(`${prefix}12345678901234`)).toBe(carrier);
  });
  it('reads the contract samples', () => {
    expect(carrierFromIccid('898600D6991330004146')).toBe('CHINA_MOBILE');
    expect(carrierFromIccid('898602B2221430000006')).toBe('CHINA_MOBILE');
    expect(carrierFromIccid('898607B0101790000012')).toBe('CHINA_MOBILE');
    expect(carrierFromIccid('  89860312345678901234')).toBe('CHINA_TELECOM');
    expect(carrierFromIccid('')).toBe('UNKNOWN');
    expect(carrierFromIccid('__proto__')).toBe('UNKNOWN');
  });
});

describe('IMSI prefix (card-status.md §7.2)', () => {
  it.each([
    ['46000', 'CHINA_MOBILE'],
    ['46002', 'CHINA_MOBILE'],
    ['46004', 'CHINA_MOBILE'],
    ['46007', 'CHINA_MOBILE'],
    ['46008', 'CHINA_MOBILE'],
    ['46013', 'CHINA_MOBILE'],
    ['46001', 'CHINA_UNICOM'],
    ['46006', 'CHINA_UNICOM'],
    ['46009', 'CHINA_UNICOM'],
    ['46010', 'CHINA_UNICOM'],
    ['46003', 'CHINA_TELECOM'],
    ['46005', 'CHINA_TELECOM'],
    ['46011', 'CHINA_TELECOM'],
    ['46012', 'CHINA_TELECOM'],
    ['46015', 'UNKNOWN'],
    ['31026', 'UNKNOWN'],
  ] as const)('%s… → %s', (...[prefix, carrier]) => {
    expect(carrierFromImsi(`${prefix}1234567890`)).toBe(carrier);
  });
  it('reads the §7.2 examples', () => {
    expect(carrierFromImsi('460079650004176')).toBe('CHINA_MOBILE');
    expect(carrierFromImsi('460040260908676')).toBe('CHINA_MOBILE');
    expect(carrierFromImsi('460111015938637')).toBe('CHINA_TELECOM');
  });
});

describe('detectCarrier order (card-status.md §7.4)', () => {
  const mobileIccid = '898600D6991330004146';
  const telecomIccid = '89860312345678901234';
  const mobileImsi = '460079650004176';
  const telecomImsi = '460111015938637';

  it('1. the upstream report wins, even over both prefixes', () => {
    expect(detectCarrier({ reported: 'CHINA_UNICOM', iccid: mobileIccid, imsi: mobileImsi })).toEqual({
      carrier: 'CHINA_UNICOM',
      basis: 'REPORTED',
      fromIccid: 'CHINA_MOBILE',
      fromImsi: 'CHINA_MOBILE',
      iccidImsiConflict: false,
    });
  });
  it('2. then the ICCID prefix', () => {
    expect(detectCarrier({ iccid: telecomIccid, imsi: mobileImsi })).toMatchObject({
      carrier: 'CHINA_TELECOM',
      basis: 'ICCID',
    });
    expect(detectCarrier({ reported: 'UNKNOWN', iccid: mobileIccid })).toMatchObject({
      carrier: 'CHINA_MOBILE',
      basis: 'ICCID',
    });
  });
  it('3. then the IMSI prefix, also when the ICCID prefix is unrecognized or Broadnet', () => {
    expect(detectCarrier({ imsi: telecomImsi })).toMatchObject({ carrier: 'CHINA_TELECOM', basis: 'IMSI' });
    expect(detectCarrier({ iccid: '89861512345678901234', imsi: mobileImsi })).toMatchObject({
      carrier: 'CHINA_MOBILE',
      basis: 'IMSI',
      iccidImsiConflict: false,
    });
  });
  it('4. otherwise UNKNOWN; never from nothing', () => {
    expect(detectCarrier({})).toEqual({
      carrier: 'UNKNOWN',
      basis: 'NONE',
      fromIccid: 'UNKNOWN',
      fromImsi: 'UNKNOWN',
      iccidImsiConflict: false,
    });
    expect(detectCarrier({ reported: null, iccid: null, imsi: null }).carrier).toBe('UNKNOWN');
    expect(detectCarrier({ iccid: '89861512345678901234', imsi: '460151234567890' }).carrier).toBe('UNKNOWN');
  });
  it('flags an ICCID/IMSI disagreement for the caller to log, and trusts the report', () => {
    const d = detectCarrier({ reported: 'CHINA_MOBILE', iccid: mobileIccid, imsi: telecomImsi });
    expect(d).toEqual({
      carrier: 'CHINA_MOBILE',
      basis: 'REPORTED',
      fromIccid: 'CHINA_MOBILE',
      fromImsi: 'CHINA_TELECOM',
      iccidImsiConflict: true,
    });
    expect(detectCarrier({ iccid: telecomIccid, imsi: mobileImsi })).toMatchObject({
      carrier: 'CHINA_TELECOM',
      iccidImsiConflict: true,
    });
  });
});
