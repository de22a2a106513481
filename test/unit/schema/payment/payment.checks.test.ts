import { describe, expect, it } from '@jest/globals';
import { checkCardRef, checkDate, checkKey, checkRefundAmount } from '../../../../src/schema/payment/payment.checks';

describe('payment input checks', () => {
  it.each(['2024-02-29', '2000-01-01', '2099-12-31'])('accepts the day %s', (day) => {
    expect(checkDate(day, 'from')).toBe(day);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-5-1', '1999-12-31', '2100-01-01', '20240501'])('refuses %s naming the argument', (day) => {
    expect(() => checkDate(day, 'filter.from')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ argument: 'filter.from' }) }));
  });

  it('takes ICCIDs and MSISDNs for cards, canonical, and refuses IMSIs', () => {
    expect(checkCardRef(' 898607b0101790000012 ', 'card')).toBe('898607B0101790000012');
    expect(checkCardRef('1440212345678', 'card')).toBe('1440212345678');
    expect(() => checkCardRef('460071234567890', 'card')).toThrow(/IMSI/);
  });

  it('takes keys of 1-64 safe characters and refund amounts of at least 1 fen', () => {
    expect(checkKey('RF-2024_05', 'refundNo')).toBe('RF-2024_05');
    expect(() => checkKey('x'.repeat(65), 'refundNo')).toThrow();
    expect(() => checkRefundAmount(0)).toThrow();
    expect(checkRefundAmount(1)).toBe(1);
  });
});
