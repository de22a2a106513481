import { describe, expect, test } from '@jest/globals';
import { startHarness } from '../../support/gateway';
import { eventually, inventoryOf } from './sync-rig';

describe('the sync started by the composition root (app.ts)', () => {
  test('demo-sized fleet: fleetSummary counts every inventory card within seconds of start; close stops the sync', async () => {
    const started = Date.now();
    const harness = await startHarness({ simulators: { cards: 2000 }, env: { SYNC: 'on' } });
    try {
      const expected = inventoryOf(harness.simulators).length;
      let summary: { total: number; sync: { cardsInStore: number; callsBudget: number; leaseHeld: boolean; lastPassFinishedAt: string | null } | null } | undefined;
      await eventually(async () => {
        const result = await harness.gql('{ fleetSummary { total sync { cardsInStore callsBudget leaseHeld lastPassFinishedAt } } }');
        summary = result.data?.['fleetSummary'] as typeof summary;
        return summary?.total === expected && summary.sync?.lastPassFinishedAt != null;
      }, 60_000);
      expect(summary?.sync?.callsBudget).toBe(600);
      expect(summary?.sync?.leaseHeld).toBe(true);
      // Well inside the minute issue 14 allows for demo mode's 2,000 cards.
      expect(Date.now() - started).toBeLessThan(60_000);
      const metrics = await (await fetch(new URL('/metrics', harness.gateway.url))).text();
      expect(metrics).toMatch(/simgraph_fleet_sync_passes_total \d/);
      expect(metrics).toMatch(/simgraph_fleet_sync_cards_total\{kind="inventory"\} \d+/);
    } finally {
      const closing = Date.now();
      await harness.close();
      expect(Date.now() - closing).toBeLessThan(15_000);
    }
  }, 90_000);
});
