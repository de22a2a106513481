import { describe, expect, it } from '@jest/globals';
import {
  CHINA_MOBILE_CT_STATUS_TABLE,
  CHINA_MOBILE_PB_STATUS_TABLE,
  CHINA_TELECOM_STATUS_TABLE,
  CHINA_UNICOM_STATUS_TABLE,
  CMIOT_STOP_REASON_POSITIONS,
  SHINGSOU_CHINA_MOBILE_STATUS_TABLE,
  chinaUnicomStatusTable,
  normalizeStatus,
  statusCodeTable,
  type CardState,
  type Carrier,
  type NormalizeStatusInput,
  type StatusTable,
  type SuspendReason,
  type Barring,
} from '../../../src/domain';

/**
 * Every row of card-status.md §4, written out again from the document (not derived from the
 * source tables), as [code, label, state, suspendReason?, barring?].
 */
type Row = [code: string, label: string, state: CardState, reason?: SuspendReason, barring?: Barring];

const PB: Row[] = [
  ['00', '正常', 'ACTIVE'],
  ['01', '单向停机', 'SUSPENDED', 'ARREARS', 'ONE_WAY'],
  ['02', '停机', 'SUSPENDED', 'OTHER', 'TWO_WAY'],
  ['03', '预销号', 'PRE_TERMINATION'],
  ['04', '销号', 'TERMINATED'],
  ['05', '过户', 'TERMINATED'],
  ['06', '休眠', 'ACTIVATION_READY'],
  ['07', '待激活', 'ACTIVATION_READY'],
  ['99', '号码不存在', 'NOT_FOUND'],
];

const SHINGSOU_MOBILE: Row[] = [
  ['0', '正常', 'ACTIVE'],
  ['1', '单向停机', 'SUSPENDED', 'ARREARS', 'ONE_WAY'],
  ['2', '停机', 'SUSPENDED', 'OTHER', 'TWO_WAY'],
  ['3', '预销号', 'PRE_TERMINATION'],
  ['4', '销号', 'TERMINATED'],
  ['5', '过户', 'TERMINATED'],
  ['6', '休眠', 'ACTIVATION_READY'],
  ['7', '待激', 'ACTIVATION_READY'],
  ['99', '号码不存在', 'NOT_FOUND'],
];

const CT: Row[] = [
  ['1', '待激活', 'ACTIVATION_READY'],
  ['2', '已激活', 'ACTIVE'],
  ['4', '停机', 'SUSPENDED', 'OTHER', 'TWO_WAY'],
  ['6', '可测试', 'TEST'],
  ['7', '库存', 'INVENTORY'],
  ['8', '预销户', 'PRE_TERMINATION'],
  ['9', '已销户', 'TERMINATED'],
];

const TELECOM: Row[] = [
  ['-1', '未知', 'UNKNOWN'],
  ['1', '在用', 'ACTIVE'],
  ['2', '用户报停', 'SUSPENDED', 'USER_REQUEST'],
  ['3', '用户拆机', 'TERMINATED'],
  ['5', '欠停(双向)', 'SUSPENDED', 'ARREARS', 'TWO_WAY'],
  ['6', '欠停(单向)', 'SUSPENDED', 'ARREARS', 'ONE_WAY'],
  ['7', '违章停机', 'SUSPENDED', 'VIOLATION'],
  ['8', '挂失', 'SUSPENDED', 'LOST'],
  ['11', '施工未完', 'INVENTORY'],
  ['19', '活卡待激活', 'ACTIVATION_READY'],
  ['120000', '停机', 'SUSPENDED', 'KEEP_NUMBER'],
  ['100001', '已激活(测试期)', 'TEST'],
  ['140003', '未激活(测试期)', 'TEST'],
  ['150001', '未实名制违规停机', 'SUSPENDED', 'REAL_NAME', 'ONE_WAY'],
  ['140000', '预拆机停机', 'PRE_TERMINATION'],
  ['160000', '数据异常停机', 'SUSPENDED', 'DATA_ANOMALY'],
  ['170000', '局方原因停机', 'SUSPENDED', 'OPERATOR'],
];

const UNICOM: Row[] = [
  ['1', '已激活', 'ACTIVE'],
  ['2', '已停用', 'SUSPENDED', 'USER_REQUEST'],
  ['3', '可测试', 'TEST'],
  ['4', '库存', 'INVENTORY'],
  ['5', '体验', 'TEST'],
  ['6', '可激活', 'ACTIVATION_READY'],
  ['7', '已失效', 'PRE_TERMINATION'],
  ['8', '已清除', 'TERMINATED'],
  ['9', '', 'UNKNOWN'],
  ['10', '当前账期', 'UNKNOWN'],
  ['11', '一直', 'UNKNOWN'],
];

const CHECKED_AT = '2024-05-01T10:20:30+08:00';

function expectRow(input: NormalizeStatusInput, [code, label, state, reason, barring]: Row): void {
  const status = normalizeStatus(input);
  expect(status.state).toBe(state);
  expect(status.raw.code).toBe(code);
  expect(status.raw.label).toBe(label);
  expect(status.suspendReason).toBe(reason);
  expect(status.barring).toBe(barring);
  expect(status.checkedAt).toBe(CHECKED_AT);
}

function codesOf(table: StatusTable): string[] {
  return table.map((r) => r.code);
}

describe('§4.1 China Mobile PB', () => {
  it('holds exactly the documented codes', () => {
    expect(codesOf(CHINA_MOBILE_PB_STATUS_TABLE)).toEqual(PB.map((r) => r[0]));
  });
  describe.each(['CMIOT_V2', 'CMIOT_V5_PB'] as const)('source %s', (source) => {
    it.each(PB)('%s %s → %s', (...row) => {
      expectRow({ source, carrier: 'CHINA_MOBILE', code: row[0], checkedAt: CHECKED_AT }, row);
    });
  });
  it.each(PB)('CMIOT_V5 without platform reads two-character %s as PB', (...row) => {
    const status = normalizeStatus({
      source: 'CMIOT_V5',
      carrier: 'CHINA_MOBILE',
      code: row[0],
      checkedAt: CHECKED_AT,
    });
    expect(status.raw.source).toBe('CMIOT_V5_PB');
    expect(status.state).toBe(row[2]);
  });
});

describe('§4.1 Shingsou 移动卡 (no leading zero, 7 = 待激)', () => {
  it('holds exactly the documented codes', () => {
    expect(codesOf(SHINGSOU_CHINA_MOBILE_STATUS_TABLE)).toEqual(SHINGSOU_MOBILE.map((r) => r[0]));
  });
  it.each(SHINGSOU_MOBILE)('string %s %s → %s', (...row) => {
    expectRow({ source: 'SHINGSOU', carrier: 'CHINA_MOBILE', code: row[0], checkedAt: CHECKED_AT }, row);
  });
  it.each(SHINGSOU_MOBILE)('integer %s %s → %s', (...row) => {
    expectRow(
      { source: 'SHINGSOU', carrier: 'CHINA_MOBILE', code: Number(row[0]), checkedAt: CHECKED_AT },
      row,
    );
  });
});

describe('§4.2 China Mobile CT', () => {
  it('holds exactly the documented codes', () => {
    expect(codesOf(CHINA_MOBILE_CT_STATUS_TABLE)).toEqual(CT.map((r) => r[0]));
  });
  it.each(CT)('%s %s → %s', (...row) => {
    expectRow({ source: 'CMIOT_V5_CT', carrier: 'CHINA_MOBILE', code: row[0], checkedAt: CHECKED_AT }, row);
  });
  it.each(CT)('CMIOT_V5 without platform reads one-character %s as CT', (...row) => {
    const status = normalizeStatus({
      source: 'CMIOT_V5',
      carrier: 'CHINA_MOBILE',
      code: row[0],
      checkedAt: CHECKED_AT,
    });
    expect(status.raw.source).toBe('CMIOT_V5_CT');
    expect(status.state).toBe(row[2]);
  });
});

describe('§4.4 China Telecom', () => {
  it('holds exactly the documented codes', () => {
    expect(codesOf(CHINA_TELECOM_STATUS_TABLE)).toEqual(TELECOM.map((r) => r[0]));
  });
  it.each(TELECOM)('integer %s %s → %s', (...row) => {
    expectRow(
      { source: 'SHINGSOU', carrier: 'CHINA_TELECOM', code: Number(row[0]), checkedAt: CHECKED_AT },
      row,
    );
  });
  it.each(TELECOM)('string %s %s → %s', (...row) => {
    expectRow({ source: 'SHINGSOU', carrier: 'CHINA_TELECOM', code: row[0], checkedAt: CHECKED_AT }, row);
  });
});

describe('§4.5 China Unicom', () => {
  it('holds exactly the documented codes', () => {
    expect(codesOf(CHINA_UNICOM_STATUS_TABLE)).toEqual(UNICOM.map((r) => r[0]));
  });
  it.each(UNICOM)('%s %s → %s', (...row) => {
    expectRow({ source: 'SHINGSOU', carrier: 'CHINA_UNICOM', code: Number(row[0]), checkedAt: CHECKED_AT }, row);
  });
  it('unicomRetiredAsTerminated maps 7 已失效 to TERMINATED and changes nothing else', () => {
    const on = { unicomRetiredAsTerminated: true };
    for (const [code, label, state, reason] of UNICOM) {
      const status = normalizeStatus({
        source: 'SHINGSOU',
        carrier: 'CHINA_UNICOM',
        code,
        checkedAt: CHECKED_AT,
        options: on,
      });
      expect(status.state).toBe(code === '7' ? 'TERMINATED' : state);
      expect(status.raw.label).toBe(label);
      expect(status.suspendReason).toBe(reason);
    }
    expect(chinaUnicomStatusTable(on).find((r) => r.code === '7')?.state).toBe('TERMINATED');
    expect(chinaUnicomStatusTable().find((r) => r.code === '7')?.state).toBe('PRE_TERMINATION');
  });
});

describe('§4.3 stop reason positions', () => {
  it.each([
    [1, '窄带网商品到期失效停机', 'PLAN_EXPIRED'],
    [2, '机卡分离停机', 'DEVICE_BINDING'],
    [3, null, 'OTHER'],
    [4, 'M2M 管理停机', 'OPERATOR'],
    [5, '信控双向停机', 'ARREARS'],
    [6, null, 'OTHER'],
    [7, null, 'OTHER'],
    [8, null, 'OTHER'],
    [9, '主动（申请）双向停机', 'USER_REQUEST'],
    [10, '区域限制（位置固定）管理型停机', 'REGION_LIMIT'],
    [11, '强制双向停机', 'VIOLATION'],
    [12, null, 'OTHER'],
  ] as const)('position %i %s → %s', (...[position, label, reason]) => {
    expect(CMIOT_STOP_REASON_POSITIONS[position - 1]).toEqual({ position, label, suspendReason: reason });
  });
});

describe('statusCodeTable', () => {
  const strip = (rows: Row[]) => rows.map(([code, label, state]) => ({ code, label, state }));
  const project = (carrier: Carrier, options = {}) =>
    statusCodeTable(carrier, options).map(({ code, label, state }) => ({ code, label, state }));

  it('lists China Mobile PB, then CT, then Shingsou codes with their sources', () => {
    expect(project('CHINA_MOBILE')).toEqual([...strip(PB), ...strip(CT), ...strip(SHINGSOU_MOBILE)]);
    const table = statusCodeTable('CHINA_MOBILE');
    expect(table[0]?.sources).toEqual(['CMIOT_V2', 'CMIOT_V5_PB']);
    expect(table[PB.length]?.sources).toEqual(['CMIOT_V5_CT']);
    expect(table[PB.length + CT.length]?.sources).toEqual(['SHINGSOU']);
    expect(table.find((e) => e.code === '02')).toMatchObject({
      suspendReason: 'OTHER',
      barring: 'TWO_WAY',
      reasonFromStopReason: true,
    });
    expect(table.find((e) => e.code === '00')?.reasonFromStopReason).toBe(false);
  });
  it('lists Telecom and Unicom codes', () => {
    expect(project('CHINA_TELECOM')).toEqual(strip(TELECOM));
    expect(project('CHINA_UNICOM')).toEqual(strip(UNICOM));
    expect(project('CHINA_UNICOM', { unicomRetiredAsTerminated: true }).find((e) => e.code === '7')?.state).toBe(
      'TERMINATED',
    );
  });
  it('is empty for UNKNOWN', () => {
    expect(statusCodeTable('UNKNOWN')).toEqual([]);
  });
});
