import { describe, expect, it } from '@jest/globals';
import { checkFleetFilter, checkFleetOrder, checkFleetPageSize } from '../../../../src/schema/fleet/fleet.checks';
import { decodeFleetCursor, encodeFleetCursor, listDigest } from '../../../../src/schema/fleet/fleet-cursor';
import type { FleetFilterInput } from '../../../../src/schema/fleet/fleet-filter.input';
import { FleetOrderField } from '../../../../src/schema/fleet/fleet-order-field.enum';
import { SortDirection } from '../../../../src/schema/fleet/sort-direction.enum';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions;
  }
  throw new Error('not refused');
};

describe('fleet checks', () => {
  it('takes pages of 1 to 250', () => {
    expect(checkFleetPageSize(1)).toBe(1);
    expect(checkFleetPageSize(250)).toBe(250);
    for (const bad of [0, 251, 1.5]) expect(refusal(() => checkFleetPageSize(bad))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it("puts a filter in the store's terms: duplicates dropped, keyword trimmed and upper-cased, absent conditions left out", () => {
    const input: FleetFilterInput = { states: ['SUSPENDED', 'SUSPENDED'], carriers: ['CHINA_MOBILE'], tags: ['a', 'a', 'b'], keyword: ' 89860a ', usagePercentAtLeast: 80, realName: null };
    expect(checkFleetFilter(input)).toEqual({ states: ['SUSPENDED'], carriers: ['CHINA_MOBILE'], tags: ['a', 'b'], keyword: '89860A', usagePercentAtLeast: 80 });
    expect(checkFleetFilter(undefined)).toEqual({});
  });

  it.each<[string, FleetFilterInput, string]>([
    ['an empty list', { typeIds: [] }, 'filter.typeIds'],
    ['UNKNOWN', { carriers: ['UNKNOWN'] }, 'filter.carriers'],
    ['a tag too long', { tags: ['x'.repeat(65)] }, 'filter.tags'],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'filter.tags'],
    ['a percent of NaN', { usagePercentAtLeast: Number.NaN }, 'filter.usagePercentAtLeast'],
    ['a keyword with a space inside', { keyword: '8986 0' }, 'filter.keyword'],
  ])('refuses %s', (_name, input, argument) => {
    expect(refusal(() => checkFleetFilter(input))).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('orders by ICCID ascending unless told', () => {
    expect(checkFleetOrder(null)).toEqual({ field: 'ICCID', direction: 'ASC' });
    expect(checkFleetOrder({ field: FleetOrderField.USAGE_PERCENT, direction: SortDirection.DESC })).toEqual({ field: 'USAGE_PERCENT', direction: 'DESC' });
  });
});

describe('fleet cursors', () => {
  const order = { field: 'USED_KB', direction: 'DESC' } as const;

  it("carry the store's cursor back for the same filter and order, in any key order", () => {
    const digest = listDigest({ states: ['ACTIVE'], carriers: ['CHINA_MOBILE'] }, order);
    expect(listDigest({ carriers: ['CHINA_MOBILE'], states: ['ACTIVE'] }, order)).toBe(digest);
    expect(decodeFleetCursor(encodeFleetCursor(digest, 'store:cursor:1'), digest)).toBe('store:cursor:1');
    expect(decodeFleetCursor(null, digest)).toBeUndefined();
  });

  it('refuse a cursor of another filter, another order, or none of ours', () => {
    const digest = listDigest({ states: ['ACTIVE'] }, order);
    const cursor = encodeFleetCursor(digest, 'x');
    for (const other of [listDigest({ states: ['SUSPENDED'] }, order), listDigest({ states: ['ACTIVE'] }, { field: 'USED_KB', direction: 'ASC' })]) {
      expect(refusal(() => decodeFleetCursor(cursor, other))).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
    expect(refusal(() => decodeFleetCursor('Y2FyZDox', digest))).toMatchObject({ argument: 'after' });
    expect(refusal(() => decodeFleetCursor(encodeFleetCursor(digest, ''), digest))).toMatchObject({ argument: 'after' });
  });
});
