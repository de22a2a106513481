import { describe, expect, it } from '@jest/globals';
import { toImportReceipt, toImportRowDto, toRealNameReceipt, toTransferRecord } from '../../../../src/upstreams/shingsou/mapper-back-office';
import { toVoucher, toVoucherRecharge } from '../../../../src/upstreams/shingsou/mapper-vouchers';

describe('Shingsou back-office mappers (shingsou.md §5.4, §5.5)', () => {
  it('sends import rows with the §3 operator code and no empty IMSI', () => {
    expect(toImportRowDto({ iccid: '89860312345678900001', msisdn: '14900000001', imsi: null, carrier: 'CHINA_TELECOM' })).toEqual({
      iccid: '89860312345678900001',
      msisdn: '14900000001',
      operator: 3,
    });
    expect(toImportRowDto({ iccid: '898607B0101790000012', msisdn: '1440212345678', imsi: '460071234567890', carrier: 'CHINA_MOBILE' })).toMatchObject({ imsi: '460071234567890', operator: 1 });
  });

  it('upper-cases ICCIDs coming back', () => {
    expect(toImportReceipt({ importId: 'I1', total: 2, succeeded: 1, failed: 1, errors: [{ iccid: '898607b0101790000012', description: '卡号已存在' }] }).errors).toEqual([
      { iccid: '898607B0101790000012', message: '卡号已存在' },
    ]);
    expect(toTransferRecord({ transferId: 'T1', consignee: 'agent-002', count: 1, cardNos: ['898607b0101790000012'], createdAt: '2024-05-01T10:20:30+08:00' }).cards).toEqual(['898607B0101790000012']);
    expect(toRealNameReceipt({ cardNo: '898607b0101790000012', realName: true, verifiedAt: null })).toEqual({ iccid: '898607B0101790000012', verified: true, verifiedAt: null });
  });

  it('maps a voucher and a recharge with money in fen', () => {
    const voucher = toVoucher({
      id: 'DC000001',
      code: '8800123456789012',
      faceValue: 5000,
      batchNo: 'B20240501001',
      status: 'USED',
      owner: 'agent-001',
      expiresAt: '2025-12-31T23:59:59+08:00',
      usedByCardNo: '898607b0101790000012',
      usedAt: '2024-05-02T08:00:00+08:00',
      createdAt: '2024-05-01T10:20:30+08:00',
    });
    expect(voucher).toMatchObject({ faceValueFen: 5000, usedByCard: '898607B0101790000012', status: 'USED' });
    expect(toVoucherRecharge({ id: 'DC1', code: 'c', cardNo: null, faceValue: 100, rechargedAt: '2024-05-02T08:00:00+08:00' })).toEqual({
      id: 'DC1',
      code: 'c',
      card: null,
      faceValueFen: 100,
      rechargedAt: '2024-05-02T08:00:00+08:00',
    });
  });
});
