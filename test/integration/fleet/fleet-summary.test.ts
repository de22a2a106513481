import { describe, expect, it } from '@jest/globals';
import type { CardUsage } from '../../../src/domain';
import type { SimCard } from '../../../src/simulators/fleet/types';
import { seedStore } from './support/fleet-seed';
import { total, useFleetHarness } from './support/fleet-harness';

/** `fleetSummary` (issue 14 §3): totals over the store checked against the simulator and the seeded readings. */

const PROGRESS = { cardsInStore: 0, callsUsed: 12, callsBudget: 600, lagSeconds: 60, lastPassFinishedAt: new Date('2026-01-02T03:04:05.000Z'), leaseHeld: true };

let usages: Map<string, CardUsage>;
let seededAt: Date;
const harness = useFleetHarness({ syncProgress: () => PROGRESS }, async (h) => {
  seededAt = new Date(Date.now() - 120_000);
  usages = await seedStore(h.store, h.upstreams, seededAt);
});

const SUMMARY = `query ($filter: FleetFilter) {
  fleetSummary(filter: $filter) {
    total byState { state count } byCarrier { carrier count }
    atOrAbove80Percent atOrAbove100Percent usedKBThisMonth usedMBThisMonth oldestSyncedAt
    sync { cardsInStore callsUsed callsBudget lagSeconds lastPassFinishedAt leaseHeld }
  }
}`;

interface Summary {
  total: number;
  byState: { state: string; count: number }[];
  byCarrier: { carrier: string; count: number }[];
  atOrAbove80Percent: number;
  atOrAbove100Percent: number;
  usedKBThisMonth: number;
  usedMBThisMonth: number;
  oldestSyncedAt: string | null;
  sync: Record<string, unknown> | null;
}

async function summary(filter?: Record<string, unknown>): Promise<Summary> {
  const result = await harness().gql(SUMMARY, { filter });
  expect(result.errors).toBeUndefined();
  return (result.data as { fleetSummary: Summary }).fleetSummary;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const percent = (usage: CardUsage | undefined) => (usage?.quotaKb ? (usage.usedKb * 100) / usage.quotaKb : null);

describe('fleetSummary', () => {
  it('counts the whole fleet by state and carrier, usage against quota and data used, as old as its oldest reading', async () => {
    const stored = harness().simulators.fleet.cards.filter((c) => c.inShingsou);
    const answer = await summary();
    expect(answer.total).toBe(stored.length);
    // States as the carriers' code tables normalize them (a Telecom card in stock and one ready to
    // activate can share a Shingsou code): the same as the stored rows, and SUSPENDED as the simulator has it.
    const rows = [...(await harness().store.rows(stored.map((c) => c.iccid))).values()];
    expect(Object.fromEntries(answer.byState.map((s) => [s.state, s.count]))).toEqual(countBy(rows, (row) => row.status?.state ?? 'UNKNOWN'));
    expect(answer.byState.find((s) => s.state === 'SUSPENDED')?.count).toBe(stored.filter((c) => c.state === 'SUSPENDED').length);
    expect(Object.fromEntries(answer.byCarrier.map((c) => [c.carrier, c.count]))).toEqual(countBy(stored, (c) => c.carrier));
    const readings = [...usages.values()];
    expect(answer.atOrAbove80Percent).toBe(readings.filter((u) => (percent(u) ?? -1) >= 80).length);
    expect(answer.atOrAbove100Percent).toBe(readings.filter((u) => (percent(u) ?? -1) >= 100).length);
    const usedKb = readings.reduce((sum, u) => sum + u.usedKb, 0);
    expect(answer.usedKBThisMonth).toBe(usedKb);
    expect(answer.usedMBThisMonth).toBeCloseTo(usedKb / 1024, 6);
    expect(new Date(answer.oldestSyncedAt ?? 0).getTime()).toBeLessThanOrEqual(seededAt.getTime());
    expect(total(await harness().dataCalls())).toBe(0);
  });

  it('counts only the cards of a filter', async () => {
    const suspended = harness().simulators.fleet.cards.filter((c: SimCard) => c.inShingsou && c.state === 'SUSPENDED');
    const answer = await summary({ states: ['SUSPENDED'] });
    expect(answer.total).toBe(suspended.length);
    expect(answer.byState).toEqual([{ state: 'SUSPENDED', count: suspended.length }]);
    const empty = await summary({ keyword: 'ZZZZZZ' });
    expect(empty).toMatchObject({ total: 0, byState: [], byCarrier: [], atOrAbove80Percent: 0, usedKBThisMonth: 0, oldestSyncedAt: null });
  });

  it("carries the sync's progress as this replica reports it", async () => {
    const { sync } = await summary();
    expect(sync).toEqual({ ...PROGRESS, lastPassFinishedAt: PROGRESS.lastPassFinishedAt.toISOString() });
  });
});
