import { describe, expect, it } from '@jest/globals';
import type { FleetStore } from '../../../src/fleet-store/fleet-store';
import { reopeningFleetStore } from '../../../src/fleet-store/reopening-fleet-store';
import { unavailableFleetStore } from '../../../src/fleet-store/unavailable-fleet-store';
import { createLiveRecorder } from '../../../src/fleet-sync/live-recorder';
import { NO_SYNC_METRICS } from '../../../src/fleet-sync/sync-metrics';
import { createFleetRowsLoader } from '../../../src/loaders/fleet-rows.loader';
import type { Card, CardStatus } from '../../../src/domain';

/** A store that counts the calls made to it (and fails them: these tests only count). */
function countingStore(): { store: FleetStore; calls: string[] } {
  const calls: string[] = [];
  const inner = unavailableFleetStore('counted');
  const store = Object.fromEntries(
    Object.entries(inner).map(([name, method]) => [name, (...args: unknown[]) => (calls.push(name), (method as (...a: unknown[]) => unknown)(...args))]),
  ) as unknown as FleetStore;
  return { store, calls };
}

const card = { iccid: '89860000000000000001' } as Card;
const status = { raw: { code: '1' } } as unknown as CardStatus;

// Demo mode's in-memory PGlite opens at first use (about 2 s of CPU and 200 MB). Live reads must
// never be that first use: a gateway that never asks the fleet never pays for it.
describe('the live path never opens the fleet store', () => {
  it('reopeningFleetStore says it is open only after it opened, and asking does not open it', async () => {
    let opened = 0;
    const store = reopeningFleetStore(async () => {
      opened += 1;
      return unavailableFleetStore();
    });
    expect(store.isOpen()).toBe(false);
    expect(opened).toBe(0);
    expect(await store.ready()).toBe(true);
    expect(store.isOpen()).toBe(true);
    await store.close();
    expect(store.isOpen()).toBe(false);
  });

  it('a store that could not open is not open', async () => {
    const store = reopeningFleetStore(() => Promise.reject(new Error('connect ECONNREFUSED')));
    expect(await store.ready()).toBe(false);
    expect(store.isOpen()).toBe(false);
  });

  it('the live recorder lets readings go while the store is not open, and writes them once it is', () => {
    const { store, calls } = countingStore();
    let open = false;
    const recorder = createLiveRecorder({
      store,
      metrics: NO_SYNC_METRICS,
      isOpen: () => open,
    });
    recorder.statuses([{ card, status }]);
    expect(calls).toEqual([]);
    open = true;
    recorder.statuses([{ card, status }]);
    expect(calls).toEqual(['upsertStatuses']);
  });

  it('maxAge reads find no stored row, with no store call, while the store is not open', async () => {
    const { store, calls } = countingStore();
    let open = false;
    const failures: unknown[] = [];
    const closedLoader = createFleetRowsLoader(
      store,
      undefined,
      (error) => failures.push(error),
      () => open,
    );
    expect(await closedLoader.load(card.iccid)).toBeNull();
    expect(calls).toEqual([]);
    open = true;
    const openLoader = createFleetRowsLoader(
      store,
      undefined,
      (error) => failures.push(error),
      () => open,
    );
    expect(await openLoader.load(card.iccid)).toBeNull();
    expect(calls).toEqual(['rows']);
    expect(failures).toHaveLength(1);
  });
});
