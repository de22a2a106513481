import { beforeEach, expect, it } from '@jest/globals';
import { createFleetStore } from '../../../src/fleet-store/create-fleet-store';
import { clearCards, describeFleetStore } from './support/backends';
import { fleetFixture, SYNCED_AT } from './support/cards';

describeFleetStore('fleet store for the sync', (backend) => {
  const fixture = fleetFixture(60);

  beforeEach(async () => {
    await clearCards(backend().store);
  });

  it('stalest() gives never-read cards first, then the oldest readings, per carrier when asked', async () => {
    const { store } = backend();
    await store.upsertInventory(fixture.inventory, SYNCED_AT);
    await store.upsertStatuses(fixture.statuses);
    await store.upsertUsages(fixture.usages);
    const neverRead = fixture.inventory.map((row) => row.card.iccid).filter((iccid) => !fixture.statuses.some((s) => s.iccid === iccid)).sort();
    const byAge = [...fixture.statuses].sort((a, b) => a.syncedAt.getTime() - b.syncedAt.getTime() || (a.iccid < b.iccid ? -1 : 1)).map((s) => s.iccid);
    expect(await store.stalest('status', 10)).toEqual([...neverRead, ...byAge].slice(0, 10));

    const mobile = await store.stalest('usage', 100, ['CHINA_MOBILE']);
    const mobileCards = fixture.inventory.filter((row) => row.card.carrier === 'CHINA_MOBILE').map((row) => row.card.iccid);
    expect([...mobile].sort()).toEqual([...mobileCards].sort());
    expect(await store.stalest('usage', 5, [])).toEqual([]);
  });

  it('keeps sync state by key, overwritten in place', async () => {
    const { store } = backend();
    expect(await store.getSyncState('test.cursor')).toBeUndefined();
    await store.setSyncState('test.cursor', 'page-3');
    await store.setSyncState('test.cursor', 'page-4');
    await store.setSyncState('test.passStartedAt', SYNCED_AT.toISOString());
    expect(await store.getSyncState('test.cursor')).toBe('page-4');
    expect(await store.getSyncState('test.passStartedAt')).toBe(SYNCED_AT.toISOString());
  });

  it('withSyncLease: one holder at a time, released after the work, and the work can use the store', async () => {
    const { store } = backend();
    let release!: () => void;
    const holding = store.withSyncLease(async () => {
      await store.setSyncState('test.lease', 'held');
      await new Promise<void>((resolve) => (release = resolve));
      return 'first';
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await store.withSyncLease(async () => 'second')).toBeUndefined();
    release();
    expect(await holding).toBe('first');
    expect(await store.withSyncLease(async () => 'third')).toBe('third');
  });

  it("withSyncLease passes the work's own error through and frees the lease", async () => {
    const { store } = backend();
    await expect(store.withSyncLease(async () => Promise.reject(new Error('upstream down')))).rejects.toThrow('upstream down');
    expect(await store.withSyncLease(async () => 'again')).toBe('again');
  });

  it('withSyncLease across two stores over one PostgreSQL database (two replicas)', async () => {
    const { store, url } = backend();
    if (url === undefined) return; // PGlite is one process's own database: the in-process lease above is all it needs.
    const replica = await createFleetStore({ kind: 'postgres', url });
    try {
      let release!: () => void;
      const holding = store.withSyncLease(() => new Promise<string>((resolve) => (release = () => resolve('first'))));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await replica.withSyncLease(async () => 'replica')).toBeUndefined();
      release();
      await holding;
      expect(await replica.withSyncLease(async () => 'replica')).toBe('replica');
    } finally {
      await replica.close();
    }
  });
});
