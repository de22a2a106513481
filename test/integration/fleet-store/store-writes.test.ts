import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, expect, it } from '@jest/globals';
import { clearCards, describeFleetStore } from './support/backends';
import { fleetFixture, SYNCED_AT } from './support/cards';
import { createFleetStore } from '../../../src/fleet-store/create-fleet-store';

describeFleetStore('fleet store writes', (backend) => {
  const fixture = fleetFixture(120);

  beforeEach(async () => {
    await clearCards(backend().store);
  });

  it('applies its migrations once: a second store over the same database starts on them', async () => {
    const { url, store } = backend();
    if (url === undefined) {
      // PGlite: a data directory (FLEET_DATA_DIR, created when absent) opened, closed and opened again keeps its rows.
      const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'simgraph-fleet-')), 'store');
      try {
        const first = await createFleetStore({ kind: 'pglite', dataDir });
        await first.upsertInventory(fixture.inventory.slice(0, 3), SYNCED_AT);
        await first.close();
        const second = await createFleetStore({ kind: 'pglite', dataDir });
        expect((await second.rows(fixture.inventory.slice(0, 3).map((row) => row.card.iccid))).size).toBe(3);
        await second.close();
      } finally {
        await rm(path.dirname(dataDir), { recursive: true, force: true });
      }
      await expect(store.ping()).resolves.toBeUndefined();
      return;
    }
    const again = await createFleetStore({ kind: 'postgres', url });
    await again.ping();
    await again.close();
  });

  it('stores inventory, status and usage, and reads them back as written', async () => {
    const { store } = backend();
    await store.upsertInventory(fixture.inventory, SYNCED_AT);
    await store.upsertStatuses(fixture.statuses);
    await store.upsertUsages(fixture.usages);
    const first = fixture.inventory[1]!;
    const rows = await store.rows([first.card.iccid, 'no-such-card']);
    expect([...rows.keys()]).toEqual([first.card.iccid]);
    const row = rows.get(first.card.iccid)!;
    expect(row.card).toEqual(first.card);
    const status = fixture.statuses.find((s) => s.iccid === first.card.iccid)!;
    expect(row.status).toEqual(status.status);
    expect(row.statusSyncedAt).toEqual(status.syncedAt);
    expect(row.stateChangedAt).toEqual(new Date(status.status.checkedAt));
    const usage = fixture.usages.find((u) => u.iccid === first.card.iccid)!;
    expect(row.usage).toEqual(usage.usage);
    expect(row.usageSyncedAt).toEqual(usage.syncedAt);
    expect(row.usagePercent).toBeCloseTo((usage.usage.usedKb * 100) / usage.usage.quotaKb!, 10);
    expect(row.inventorySyncedAt).toEqual(SYNCED_AT);
  });

  it('overwrites on a second upsert, keeps the newer status reading and moves stateChangedAt only on a change', async () => {
    const { store } = backend();
    const [one] = fleetFixture(1).inventory;
    const iccid = one!.card.iccid;
    const status = (state: 'ACTIVE' | 'SUSPENDED', checkedAt: string) => ({
      state,
      raw: { source: 'SHINGSOU' as const, carrier: one!.card.carrier, code: state === 'ACTIVE' ? '1' : '2', label: '' },
      checkedAt,
    });
    await store.upsertInventory([{ ...one!, status: status('ACTIVE', '2026-11-01T00:00:00+08:00') }], SYNCED_AT);
    const later = new Date(SYNCED_AT.getTime() + 60_000);
    const renamed = { ...one!.card, msisdn: '14400000001', inventory: { ...one!.card.inventory!, tags: ['moved'], remark: null } };
    await store.upsertInventory([{ card: renamed, status: null }], later);
    let row = (await store.rows([iccid])).get(iccid)!;
    expect(row.card).toEqual(renamed);
    expect(row.inventorySyncedAt).toEqual(later);
    expect(row.status?.state).toBe('ACTIVE');

    await store.upsertStatuses([{ iccid, status: status('ACTIVE', '2026-11-02T00:00:00+08:00'), syncedAt: later }]);
    row = (await store.rows([iccid])).get(iccid)!;
    expect(row.stateChangedAt).toEqual(new Date('2026-11-01T00:00:00+08:00'));
    await store.upsertStatuses([{ iccid, status: status('SUSPENDED', '2026-11-03T00:00:00+08:00'), syncedAt: later }]);
    // An older reading (a slow live read) does not overwrite the newer one.
    await store.upsertStatuses([{ iccid, status: status('ACTIVE', '2026-10-01T00:00:00+08:00'), syncedAt: later }]);
    row = (await store.rows([iccid])).get(iccid)!;
    expect(row.status?.state).toBe('SUSPENDED');
    expect(row.stateChangedAt).toEqual(new Date('2026-11-03T00:00:00+08:00'));
  });

  it('ignores readings of cards not in the inventory', async () => {
    const { store } = backend();
    const [status] = fleetFixture(1).statuses;
    await store.upsertStatuses([{ ...status!, iccid: '89860400000000000000' }]);
    expect((await store.rows(['89860400000000000000'])).size).toBe(0);
  });

  it('writes more rows than one statement holds (chunked)', async () => {
    const { store } = backend();
    const big = fleetFixture(2500);
    await store.upsertInventory(big.inventory, SYNCED_AT);
    await store.upsertUsages(big.usages);
    const page = await store.page({ filter: {}, order: { field: 'ICCID', direction: 'ASC' }, first: 1 });
    expect(page.totalCount).toBe(2500);
  });

  it('deleteUnseen removes the cards a full pass did not see, and only them', async () => {
    const { store } = backend();
    await store.upsertInventory(fixture.inventory.slice(0, 10), SYNCED_AT);
    const passStart = new Date(SYNCED_AT.getTime() + 1000);
    await store.upsertInventory(fixture.inventory.slice(0, 7), passStart);
    await store.upsertStatuses(fixture.statuses.slice(0, 10));
    await store.upsertUsages(fixture.usages.slice(0, 10));
    expect(await store.deleteUnseen(passStart)).toBe(3);
    const rows = await store.rows(fixture.inventory.slice(0, 10).map((row) => row.card.iccid));
    expect(rows.size).toBe(7);
    // The whole-fleet summary (the trigger-kept rollup) agrees with a scan of the same cards.
    const all = await store.summary({});
    expect(all.total).toBe(7);
    expect(all).toEqual(await store.summary({ carriers: ['CHINA_MOBILE', 'CHINA_UNICOM', 'CHINA_TELECOM'] }));
  });
});
