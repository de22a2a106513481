import { beforeAll, expect, it } from '@jest/globals';
import type { FleetFilter, FleetOrderField, FleetStore } from '../../../src/fleet-store/fleet-store';
import { FleetCursorError } from '../../../src/fleet-store/fleet-store';
import { clearCards, describeFleetStore } from './support/backends';
import { fleetFixture, SYNCED_AT } from './support/cards';

/** Every filter and every order, both directions, paged to the end and checked against an in-test sort. */

const fixture = fleetFixture(300);

interface Expected {
  iccid: string;
  msisdn: string | null;
  carrier: string;
  state: string;
  tags: string[];
  typeId: number | null;
  categoryId: number | null;
  percent: number | null;
  usedKb: number | null;
  expiresAt: number | null;
  stateChangedAt: number | null;
  realName: boolean | null;
}

const expected: Expected[] = fixture.inventory.map(({ card }) => {
  const status = fixture.statuses.find((s) => s.iccid === card.iccid);
  const usage = fixture.usages.find((u) => u.iccid === card.iccid)?.usage;
  return {
    iccid: card.iccid,
    msisdn: card.msisdn,
    carrier: card.carrier,
    state: status?.status.state ?? 'UNKNOWN',
    tags: card.inventory!.tags,
    typeId: card.inventory!.type?.id ?? null,
    categoryId: card.inventory!.category?.id ?? null,
    percent: usage && usage.quotaKb ? (usage.usedKb * 100) / usage.quotaKb : null,
    usedKb: usage ? usage.usedKb : null,
    expiresAt: card.inventory!.expiresAt ? Date.parse(card.inventory!.expiresAt) : null,
    stateChangedAt: status ? Date.parse(status.status.checkedAt) : null,
    realName: card.inventory!.realName,
  };
});

const KEY: Record<FleetOrderField, (row: Expected) => number | string | null> = {
  USAGE_PERCENT: (row) => row.percent,
  USED_KB: (row) => row.usedKb,
  EXPIRES_AT: (row) => row.expiresAt,
  STATE_CHANGED_AT: (row) => row.stateChangedAt,
  ICCID: (row) => row.iccid,
};

function sorted(rows: Expected[], field: FleetOrderField, direction: 'ASC' | 'DESC'): string[] {
  const sign = direction === 'ASC' ? 1 : -1;
  const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows]
    .sort((a, b) => {
      const ka = KEY[field](a);
      const kb = KEY[field](b);
      if (ka === null && kb !== null) return 1;
      if (kb === null && ka !== null) return -1;
      return (ka === null || kb === null ? 0 : sign * compare(ka, kb)) || sign * compare(a.iccid, b.iccid);
    })
    .map((row) => row.iccid);
}

async function pageThrough(store: FleetStore, filter: FleetFilter, field: FleetOrderField, direction: 'ASC' | 'DESC', first: number) {
  const seen: string[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 1000; pages += 1) {
    const page = await store.page({ filter, order: { field, direction }, first, ...(after === undefined ? {} : { after }) });
    expect(page.cursors).toHaveLength(page.rows.length);
    seen.push(...page.rows.map((row) => row.card.iccid));
    if (!page.hasNextPage) return { seen, totalCount: page.totalCount };
    after = page.cursors.at(-1);
  }
  throw new Error('did not end');
}

describeFleetStore('fleet store pages', (backend) => {
  beforeAll(async () => {
    const { store } = backend();
    await clearCards(store);
    await store.upsertInventory(fixture.inventory, SYNCED_AT);
    await store.upsertStatuses(fixture.statuses);
    await store.upsertUsages(fixture.usages);
  });

  for (const field of Object.keys(KEY) as FleetOrderField[]) {
    for (const direction of ['ASC', 'DESC'] as const) {
      it(`orders by ${field} ${direction}, cursors walking the whole fleet without gap or repeat`, async () => {
        const { seen, totalCount } = await pageThrough(backend().store, {}, field, direction, 23);
        expect(totalCount).toBe(300);
        expect(seen).toEqual(sorted(expected, field, direction));
      });
    }
  }

  const filters: [string, FleetFilter, (row: Expected) => boolean][] = [
    ['states', { states: ['SUSPENDED', 'TERMINATED'] }, (row) => row.state === 'SUSPENDED' || row.state === 'TERMINATED'],
    ['states with UNKNOWN (never read)', { states: ['UNKNOWN'] }, (row) => row.state === 'UNKNOWN'],
    ['no state at all', { states: [] }, () => false],
    ['carriers', { carriers: ['CHINA_TELECOM'] }, (row) => row.carrier === 'CHINA_TELECOM'],
    ['tags (any of)', { tags: ['vip', 'cold'] }, (row) => row.tags.includes('vip') || row.tags.includes('cold')],
    ['typeIds', { typeIds: [1, 3] }, (row) => row.typeId === 1 || row.typeId === 3],
    ['categoryIds', { categoryIds: [11] }, (row) => row.categoryId === 11],
    ['keyword in the ICCID', { keyword: '898606' }, (row) => row.iccid.includes('898606')],
    ['keyword in the MSISDN', { keyword: '0000111' }, (row) => row.iccid.includes('0000111') || (row.msisdn ?? '').includes('0000111')],
    ['keyword with a LIKE wildcard', { keyword: '%' }, () => false],
    ['usagePercentAtLeast', { usagePercentAtLeast: 80 }, (row) => row.percent !== null && row.percent >= 80],
    ['expiresBefore', { expiresBefore: new Date('2027-02-01T00:00:00+08:00') }, (row) => row.expiresAt !== null && row.expiresAt < Date.parse('2027-02-01T00:00:00+08:00')],
    ['realName', { realName: false }, (row) => row.realName === false],
    ['several at once', { states: ['ACTIVE'], carriers: ['CHINA_MOBILE', 'CHINA_UNICOM'], usagePercentAtLeast: 10 }, (row) => row.state === 'ACTIVE' && row.carrier !== 'CHINA_TELECOM' && row.percent !== null && row.percent >= 10],
  ];

  for (const [name, filter, keep] of filters) {
    it(`filters by ${name}`, async () => {
      const want = sorted(expected.filter(keep), 'USAGE_PERCENT', 'DESC');
      const { seen, totalCount } = await pageThrough(backend().store, filter, 'USAGE_PERCENT', 'DESC', 50);
      expect(seen).toEqual(want);
      expect(totalCount).toBe(want.length);
      if (name !== 'no state at all' && name !== 'keyword with a LIKE wildcard') expect(want.length).toBeGreaterThan(0);
    });
  }

  it('refuses a cursor of another order or a malformed one', async () => {
    const { store } = backend();
    const page = await store.page({ filter: {}, order: { field: 'USED_KB', direction: 'ASC' }, first: 2 });
    const other = store.page({ filter: {}, order: { field: 'USED_KB', direction: 'DESC' }, first: 2, after: page.cursors[0]! });
    await expect(other).rejects.toBeInstanceOf(FleetCursorError);
    await expect(store.page({ filter: {}, order: { field: 'ICCID', direction: 'ASC' }, first: 2, after: 'garbage' })).rejects.toBeInstanceOf(FleetCursorError);
  });

  it('sums up the fleet in one answer', async () => {
    const { store } = backend();
    const summary = await store.summary({});
    expect(summary.total).toBe(300);
    const count = (keep: (row: Expected) => boolean) => expected.filter(keep).length;
    for (const { state, count: n } of summary.byState) expect(n).toBe(count((row) => row.state === state));
    expect(summary.byState.reduce((sum, s) => sum + s.count, 0)).toBe(300);
    for (const { carrier, count: n } of summary.byCarrier) expect(n).toBe(count((row) => row.carrier === carrier));
    expect(summary.byCarrier).toHaveLength(3);
    expect(summary.atOrAbove80Percent).toBe(count((row) => row.percent !== null && row.percent >= 80));
    expect(summary.atOrAbove100Percent).toBe(count((row) => row.percent !== null && row.percent >= 100));
    expect(summary.atOrAbove100Percent).toBeGreaterThan(0);
    expect(summary.usedKbThisMonth).toBe(fixture.usages.reduce((sum, u) => sum + u.usage.usedKb, 0));
    expect(summary.oldestSyncedAt).toEqual(SYNCED_AT);

    const suspended = await store.summary({ states: ['SUSPENDED'] });
    expect(suspended.byState).toEqual([{ state: 'SUSPENDED', count: count((row) => row.state === 'SUSPENDED') }]);
    const none = await store.summary({ states: [] });
    expect(none).toEqual({ total: 0, byState: [], byCarrier: [], atOrAbove80Percent: 0, atOrAbove100Percent: 0, usedKbThisMonth: 0, oldestSyncedAt: null });
  });
});
