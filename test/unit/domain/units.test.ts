import { describe, expect, it } from '@jest/globals';
import {
  fenToYuanString,
  formatFen,
  formatKb,
  gbToKb,
  kbToGb,
  kbToMb,
  mbToKb,
  yuanToFen,
} from '../../../src/domain';

describe('formatFen', () => {
  it.each([
    [2410, '¥24.10'],
    [2400, '¥24.00'],
    [1200, '¥12.00'],
    [0, '¥0.00'],
    [5, '¥0.05'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [123456789, '¥1234567.89'],
    [-500, '-¥5.00'],
    [-5, '-¥0.05'],
  ])('%i fen → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });
  it('refuses fractional or non-finite fen', () => {
    expect(() => formatFen(24.1)).toThrow(RangeError);
    expect(() => formatFen(Number.NaN)).toThrow(RangeError);
    expect(() => formatFen(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
  it('fenToYuanString is the wire form', () => {
    expect(fenToYuanString(3685)).toBe('36.85');
    expect(fenToYuanString(-3685)).toBe('-36.85');
    expect(fenToYuanString(7)).toBe('0.07');
  });
});

describe('yuanToFen', () => {
  it.each([
    ['36.85', 3685], // Number('36.85') * 100 = 3685.0000000000005
    ['24.1', 2410],
    ['0.07', 7],
    ['0.29', 29], // 0.29 * 100 = 28.999999999999996
    ['1.15', 115], // 1.15 * 100 = 114.99999999999999
    ['4.35', 435],
    ['100', 10000],
    ['0', 0],
    ['0.00', 0],
    ['.5', 50],
    ['1.', 100],
    ['+3', 300],
    ['-12.30', -1230],
    ['-0.001', 0],
    ['1.005', 101], // half away from zero on the decimal digits
    ['1.004', 100],
    ['-1.005', -101],
    ['1.995', 200],
    [' 36.85 ', 3685],
    [' ', 0],
    ['', 0],
  ] as const)('%j → %i', (...[yuan, fen]) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it.each([
    [36.85, 3685],
    [0.29, 29],
    [1.15, 115],
    [24.1, 2410],
    [12, 1200],
    [-0.5, -50],
    [1e-7, 0],
  ])('number %d → %i', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it('reads null and undefined as zero', () => {
    expect(yuanToFen(null)).toBe(0);
    expect(yuanToFen(undefined)).toBe(0);
  });

  it.each(['abc', '1e3', '1,234.00', '¥12', '.', '-', '1.2.3', '99999999999999999999'])('%j → null', (yuan) => {
    expect(yuanToFen(yuan)).toBeNull();
  });

  it('non-finite numbers → null', () => {
    expect(yuanToFen(Number.NaN)).toBeNull();
    expect(yuanToFen(Number.POSITIVE_INFINITY)).toBeNull();
    expect(yuanToFen(1e300)).toBeNull();
  });

  it('round-trips with fenToYuanString', () => {
    for (let fen = -250; fen <= 25000; fen += 7) {
      expect(yuanToFen(fenToYuanString(fen))).toBe(fen);
    }
  });
});

describe('data units (binary, KB as the carriers report)', () => {
  it('converts', () => {
    expect(kbToMb(1536)).toBe(1.5);
    expect(kbToGb(3145728)).toBe(3);
    expect(mbToKb(1.5)).toBe(1536);
    expect(gbToKb(3)).toBe(3145728);
    expect(gbToKb(0.1)).toBe(104858);
  });
  it.each([
    [0, '0 KB'],
    [512, '512 KB'],
    [1023, '1023 KB'],
    [1024, '1 MB'],
    [1536, '1.5 MB'],
    [1048575, '1024 MB'],
    [1048576, '1 GB'],
    [1787873, '1.71 GB'],
    [3145728, '3 GB'],
  ])('formatKb(%i) → %s', (kb, text) => {
    expect(formatKb(kb)).toBe(text);
  });
});
