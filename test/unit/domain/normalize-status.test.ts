import { describe, expect, it, jest } from '@jest/globals';
import {
  cmiotV5SourceFor,
  createStatusNormalizer,
  normalizeStatus,
  suspendReasonFromStopReason,
  stopReasonPositions,
  type UnknownStatusCode,
} from '../../../src/domain';

const checkedAt = '2024-05-01T10:20:30+08:00';

describe('mapping key is (source, carrier, code), never the code alone (card-status.md §1)', () => {
  it('"7" is 待激 for Shingsou Mobile, 库存 for OneLink-CT, 违章停机 for Shingsou Telecom', () => {
    const mobile = normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_MOBILE', code: 7, checkedAt });
    const ct = normalizeStatus({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '7', checkedAt });
    const telecom = normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_TELECOM', code: 7, checkedAt });
    const unicom = normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_UNICOM', code: 7, checkedAt });

    expect([mobile.state, mobile.raw.label]).toEqual(['ACTIVATION_READY', '待激']);
    expect([ct.state, ct.raw.label]).toEqual(['INVENTORY', '库存']);
    expect([telecom.state, telecom.raw.label, telecom.suspendReason]).toEqual([
      'SUSPENDED',
      '违章停机',
      'VIOLATION',
    ]);
    expect([unicom.state, unicom.raw.label]).toEqual(['PRE_TERMINATION', '已失效']);
  });

  it('PB "07" (待激活) and CT "7" (库存) stay different; codes are never converted', () => {
    const pb = normalizeStatus({ source: 'CMIOT_V5_PB', carrier: 'CHINA_MOBILE', code: '07', checkedAt });
    const ct = normalizeStatus({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '7', checkedAt });
    expect(pb).toMatchObject({ state: 'ACTIVATION_READY', raw: { code: '07', label: '待激活' } });
    expect(ct).toMatchObject({ state: 'INVENTORY', raw: { code: '7', label: '库存' } });
  });

  it('a PB source does not accept the CT spelling, nor CT the PB one', () => {
    expect(normalizeStatus({ source: 'CMIOT_V2', carrier: 'CHINA_MOBILE', code: '7', checkedAt }).state).toBe(
      'UNKNOWN',
    );
    expect(normalizeStatus({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '07', checkedAt }).state).toBe(
      'UNKNOWN',
    );
    // Shingsou prints Mobile codes without the leading zero: "00" is not one of them.
    expect(normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_MOBILE', code: '00', checkedAt }).state).toBe(
      'UNKNOWN',
    );
  });

  it('keeps the code byte for byte in raw', () => {
    const s = normalizeStatus({ source: 'CMIOT_V2', carrier: 'CHINA_MOBILE', code: ' 00', checkedAt });
    expect(s.raw.code).toBe(' 00');
    expect(s.state).toBe('UNKNOWN');
  });

  it('renders Shingsou integers in decimal', () => {
    expect(normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_TELECOM', code: -1, checkedAt }).raw).toEqual({
      source: 'SHINGSOU',
      carrier: 'CHINA_TELECOM',
      code: '-1',
      label: '未知',
    });
    expect(
      normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_TELECOM', code: 120000, checkedAt }).raw.code,
    ).toBe('120000');
  });

  it('CMIOT sources with a non-Mobile carrier have no table', () => {
    const s = normalizeStatus({ source: 'CMIOT_V2', carrier: 'CHINA_TELECOM', code: '00', checkedAt });
    expect(s.state).toBe('UNKNOWN');
    expect(s.raw.label).toBe('');
  });

  it('an UNKNOWN carrier from Shingsou keeps raw and maps to UNKNOWN', () => {
    const s = normalizeStatus({ source: 'SHINGSOU', carrier: 'UNKNOWN', code: 1, checkedAt });
    expect(s).toEqual({
      state: 'UNKNOWN',
      raw: { source: 'SHINGSOU', carrier: 'UNKNOWN', code: '1', label: '' },
      checkedAt,
    });
  });
});

describe('§4.6 PB vs CT for a v5 cardStatus', () => {
  it('follows the platform when known, whatever the code length', () => {
    expect(cmiotV5SourceFor('7', 'PB')).toBe('CMIOT_V5_PB');
    expect(cmiotV5SourceFor('07', 'CT')).toBe('CMIOT_V5_CT');
    const pb = normalizeStatus({ source: 'CMIOT_V5', carrier: 'CHINA_MOBILE', code: '7', platform: 'PB', checkedAt });
    expect(pb.raw.source).toBe('CMIOT_V5_PB');
    expect(pb.state).toBe('UNKNOWN');
  });
  it('otherwise two characters are PB and one is CT', () => {
    expect(cmiotV5SourceFor('07')).toBe('CMIOT_V5_PB');
    expect(cmiotV5SourceFor('7', null)).toBe('CMIOT_V5_CT');
    expect(cmiotV5SourceFor('120000')).toBe('CMIOT_V5_PB');
    expect(normalizeStatus({ source: 'CMIOT_V5', carrier: 'CHINA_MOBILE', code: '07', checkedAt }).state).toBe(
      'ACTIVATION_READY',
    );
    expect(normalizeStatus({ source: 'CMIOT_V5', carrier: 'CHINA_MOBILE', code: '7', checkedAt }).state).toBe(
      'INVENTORY',
    );
  });
  it('ignores platform for explicit sources', () => {
    const s = normalizeStatus({
      source: 'CMIOT_V2',
      carrier: 'CHINA_MOBILE',
      code: '07',
      platform: 'CT',
      checkedAt,
    });
    expect(s.raw.source).toBe('CMIOT_V2');
    expect(s.state).toBe('ACTIVATION_READY');
  });
});

describe('§4.3 stop reason', () => {
  it.each([
    ['000000000000', undefined],
    ['200000000000', 'PLAN_EXPIRED'],
    ['020000000000', 'DEVICE_BINDING'],
    ['002000000000', 'OTHER'],
    ['000200000000', 'OPERATOR'],
    ['000020000000', 'ARREARS'],
    ['000000002000', 'USER_REQUEST'],
    ['000000000200', 'REGION_LIMIT'],
    ['000000000020', 'VIOLATION'],
    ['000000000002', 'OTHER'],
    // cmiot.md §3.7 example: forced + credit control → the first in position order.
    ['000020000020', 'ARREARS'],
    // USER_REQUEST only when it is the sole reason: the customer stop does not hide the other.
    ['000000002020', 'VIOLATION'],
    ['000020002000', 'ARREARS'],
    ['000000002002', 'OTHER'],
    ['220000000000', 'PLAN_EXPIRED'],
    // Malformed strings carry no reason.
    ['00000000200', undefined],
    ['0000000020000', undefined],
    ['000000001000', undefined],
    ['', undefined],
  ] as const)('%s → %s', (...[stopReason, reason]) => {
    expect(suspendReasonFromStopReason(stopReason)).toBe(reason);
  });

  it('lists the flagged positions in order', () => {
    expect(stopReasonPositions('000020000020')?.map((p) => p.position)).toEqual([5, 11]);
    expect(stopReasonPositions('000000000000')).toEqual([]);
    expect(stopReasonPositions('abc')).toBeNull();
  });

  it.each([
    ['CMIOT_V2', '02'],
    ['CMIOT_V5_PB', '02'],
    ['CMIOT_V5_CT', '4'],
  ] as const)('%s %s takes its reason from the stop reason and keeps it raw', (...[source, code]) => {
    const s = normalizeStatus({ source, carrier: 'CHINA_MOBILE', code, stopReason: '000000002000', checkedAt });
    expect(s).toEqual({
      state: 'SUSPENDED',
      suspendReason: 'USER_REQUEST',
      barring: 'TWO_WAY',
      raw: { source, carrier: 'CHINA_MOBILE', code, label: '停机', stopReason: '000000002000' },
      checkedAt,
    });
  });

  it('without a stop reason, or with all zeros, a stop is OTHER', () => {
    for (const stopReason of [undefined, null, '000000000000', 'garbage']) {
      const s = normalizeStatus({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '4', stopReason, checkedAt });
      expect(s.suspendReason).toBe('OTHER');
      expect(s.barring).toBe('TWO_WAY');
    }
    const s = normalizeStatus({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '4', checkedAt });
    expect('stopReason' in s.raw).toBe(false);
  });

  it('applies to the Shingsou Mobile "2" too (table 4.1), when the caller has a stop reason', () => {
    const s = normalizeStatus({
      source: 'SHINGSOU',
      carrier: 'CHINA_MOBILE',
      code: 2,
      stopReason: '000020000000',
      checkedAt,
    });
    expect(s.suspendReason).toBe('ARREARS');
  });

  it('does not override a reason the code itself carries', () => {
    const oneWay = normalizeStatus({
      source: 'CMIOT_V2',
      carrier: 'CHINA_MOBILE',
      code: '01',
      stopReason: '000000002000',
      checkedAt,
    });
    expect(oneWay.suspendReason).toBe('ARREARS');
    expect(oneWay.barring).toBe('ONE_WAY');
  });

  it('never sets a suspend reason or barring on a state other than SUSPENDED', () => {
    const s = normalizeStatus({
      source: 'CMIOT_V5_CT',
      carrier: 'CHINA_MOBILE',
      code: '2',
      stopReason: '000000000000',
      checkedAt,
    });
    expect(s.state).toBe('ACTIVE');
    expect('suspendReason' in s).toBe(false);
    expect('barring' in s).toBe(false);
    expect(s.raw.stopReason).toBe('000000000000');
  });
});

describe('§4.1 refinement with the v2 lifecycle', () => {
  const pb = (code: string, lifecycle?: string) =>
    normalizeStatus({ source: 'CMIOT_V2', carrier: 'CHINA_MOBILE', code, lifecycle, checkedAt }).state;

  it('STATUS 00 with lifecycle 01 (测试期) is TEST', () => {
    expect(pb('00', '01')).toBe('TEST');
  });
  it('lifecycle 02 (沉默期) with STATUS 00 or 06 is ACTIVATION_READY', () => {
    expect(pb('00', '02')).toBe('ACTIVATION_READY');
    expect(pb('06', '02')).toBe('ACTIVATION_READY');
  });
  it('leaves everything else alone', () => {
    expect(pb('00')).toBe('ACTIVE');
    expect(pb('00', '00')).toBe('ACTIVE');
    expect(pb('00', '03')).toBe('ACTIVE');
    expect(pb('02', '01')).toBe('SUSPENDED');
    expect(pb('06', '01')).toBe('ACTIVATION_READY');
    expect(pb('03', '02')).toBe('PRE_TERMINATION');
    expect(pb('00', '1')).toBe('ACTIVE');
  });
  it('keeps the raw label of the code', () => {
    const s = normalizeStatus({ source: 'CMIOT_V5_PB', carrier: 'CHINA_MOBILE', code: '00', lifecycle: '01', checkedAt });
    expect(s).toMatchObject({ state: 'TEST', raw: { code: '00', label: '正常' } });
  });
  it('applies to v5 PB but not to CT codes', () => {
    expect(
      normalizeStatus({ source: 'CMIOT_V5', carrier: 'CHINA_MOBILE', code: '00', lifecycle: '01', checkedAt }).state,
    ).toBe('TEST');
    expect(
      normalizeStatus({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '2', lifecycle: '01', checkedAt }).state,
    ).toBe('ACTIVE');
  });
});

describe('unknown codes (§1)', () => {
  it('map to UNKNOWN with raw kept', () => {
    const s = normalizeStatus({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '3', checkedAt });
    expect(s).toEqual({
      state: 'UNKNOWN',
      raw: { source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '3', label: '' },
      checkedAt,
    });
  });

  it('are reported once per (source, carrier, code) per callback', () => {
    const seen: UnknownStatusCode[] = [];
    const onUnknownCode = (u: UnknownStatusCode) => seen.push(u);
    const options = { onUnknownCode };
    for (let i = 0; i < 3; i += 1) {
      normalizeStatus({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '5', checkedAt, options });
      normalizeStatus({ source: 'CMIOT_V5_PB', carrier: 'CHINA_MOBILE', code: '5', checkedAt, options });
      normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_TELECOM', code: 4, checkedAt, options });
      normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_TELECOM', code: '4', checkedAt, options });
    }
    expect(seen).toEqual([
      { source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '5' },
      { source: 'CMIOT_V5_PB', carrier: 'CHINA_MOBILE', code: '5' },
      { source: 'SHINGSOU', carrier: 'CHINA_TELECOM', code: '4' },
    ]);
  });

  it('are not reported for known codes that mean UNKNOWN (Telecom -1, Unicom 9–11)', () => {
    const onUnknownCode = jest.fn<(u: UnknownStatusCode) => void>();
    normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_TELECOM', code: -1, checkedAt, options: { onUnknownCode } });
    for (const code of [9, 10, 11]) {
      normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_UNICOM', code, checkedAt, options: { onUnknownCode } });
    }
    normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_UNICOM', code: 12, checkedAt, options: { onUnknownCode } });
    expect(onUnknownCode).toHaveBeenCalledTimes(1);
    expect(onUnknownCode).toHaveBeenCalledWith({ source: 'SHINGSOU', carrier: 'CHINA_UNICOM', code: '12' });
  });

  it('createStatusNormalizer binds options and keeps its own reported set', () => {
    const log = jest.fn<(u: UnknownStatusCode) => void>();
    const first = createStatusNormalizer({ onUnknownCode: log, unicomRetiredAsTerminated: true });
    const second = createStatusNormalizer({ onUnknownCode: log });
    first({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '3', checkedAt });
    first({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '3', checkedAt });
    second({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: '3', checkedAt });
    expect(log).toHaveBeenCalledTimes(2);
    expect(first({ source: 'SHINGSOU', carrier: 'CHINA_UNICOM', code: 7, checkedAt }).state).toBe('TERMINATED');
    expect(second({ source: 'SHINGSOU', carrier: 'CHINA_UNICOM', code: 7, checkedAt }).state).toBe('PRE_TERMINATION');
  });

  it('work without a callback', () => {
    expect(normalizeStatus({ source: 'SHINGSOU', carrier: 'CHINA_MOBILE', code: 8, checkedAt }).state).toBe(
      'UNKNOWN',
    );
  });
});

describe('§6 round trip: every seeded rendering maps back to its state, reason and barring', () => {
  it.each([
    // [source, carrier, code, stopReason, lifecycle, state, reason, barring]
    ['CMIOT_V5_CT', 'CHINA_MOBILE', '7', undefined, undefined, 'INVENTORY', undefined, undefined],
    ['CMIOT_V5_CT', 'CHINA_MOBILE', '6', undefined, undefined, 'TEST', undefined, undefined],
    ['CMIOT_V2', 'CHINA_MOBILE', '00', undefined, '01', 'TEST', undefined, undefined],
    ['CMIOT_V5_PB', 'CHINA_MOBILE', '02', '000000002000', undefined, 'SUSPENDED', 'USER_REQUEST', 'TWO_WAY'],
    ['CMIOT_V5_CT', 'CHINA_MOBILE', '4', '000020000000', undefined, 'SUSPENDED', 'ARREARS', 'TWO_WAY'],
    ['CMIOT_V5_PB', 'CHINA_MOBILE', '01', undefined, undefined, 'SUSPENDED', 'ARREARS', 'ONE_WAY'],
    ['SHINGSOU', 'CHINA_TELECOM', '120000', undefined, undefined, 'SUSPENDED', 'KEEP_NUMBER', undefined],
    ['SHINGSOU', 'CHINA_TELECOM', '6', undefined, undefined, 'SUSPENDED', 'ARREARS', 'ONE_WAY'],
    ['SHINGSOU', 'CHINA_UNICOM', '2', undefined, undefined, 'SUSPENDED', 'USER_REQUEST', undefined],
    ['SHINGSOU', 'CHINA_UNICOM', '7', undefined, undefined, 'PRE_TERMINATION', undefined, undefined],
    ['CMIOT_V2', 'CHINA_MOBILE', '99', undefined, undefined, 'NOT_FOUND', undefined, undefined],
  ] as const)('%s %s %s', (...[source, carrier, code, stopReason, lifecycle, state, reason, barring]) => {
    const s =
      source === 'SHINGSOU'
        ? normalizeStatus({ source, carrier, code, stopReason, checkedAt })
        : normalizeStatus({ source, carrier, code, stopReason, lifecycle, checkedAt });
    expect([s.state, s.suspendReason, s.barring]).toEqual([state, reason, barring]);
  });
});
