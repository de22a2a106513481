import type { Logger } from 'pino';
import { FleetStoreError, type FleetStore } from './fleet-store';
import { toFleetStoreError } from './store-errors';

export interface ReopeningFleetStore extends FleetStore {
  /** Opens the store now (migrations applied); `false` when it could not, logged. Never rejects. */
  ready(): Promise<boolean>;
  /**
   * Whether the store is open now. Live reads refresh the store only then, so they never open it
   * themselves: demo mode's in-memory PGlite costs about 2 s of CPU and 200 MB to start, paid only
   * when the sync or a fleet query first needs it.
   */
  isOpen(): boolean;
}

/**
 * The store as the gateway holds it: opened at start, and when that fails (PostgreSQL down, a bad
 * data directory) every call fails with `FleetStoreError` at once, the live fields go on, and the
 * next call after `retryMs` tries to open it again, so a database that comes back is used without
 * a restart (ARCHITECTURE.md: a store that is down fails only the fields that need it).
 */
export function reopeningFleetStore(openStore: () => Promise<FleetStore>, options: { log?: Logger; retryMs?: number } = {}): ReopeningFleetStore {
  const retryMs = options.retryMs ?? 30_000;
  let opening: Promise<FleetStore> | undefined;
  let failedAt = 0;
  let failure: FleetStoreError | undefined;
  let closed = false;
  let open = false;

  const current = (): Promise<FleetStore> => {
    if (closed) return Promise.reject(new FleetStoreError('Fleet store closed'));
    if (opening) return opening;
    if (failure && Date.now() - failedAt < retryMs) return Promise.reject(failure);
    const attempt = openStore().then(
      (store) => {
        open = true;
        return store;
      },
      (error: unknown) => {
        failure = toFleetStoreError(error, 'start');
        failedAt = Date.now();
        opening = undefined;
        options.log?.warn({ reason: failure.message, retryInMs: retryMs }, 'fleet store unavailable: fleet fields fail with FLEET_STORE_UNAVAILABLE');
        throw failure;
      },
    );
    opening = attempt;
    return attempt;
  };
  const call =
    <K extends keyof FleetStore>(method: K) =>
    (...args: Parameters<FleetStore[K]>) =>
      current().then((store) => (store[method] as (...a: Parameters<FleetStore[K]>) => ReturnType<FleetStore[K]>)(...args)) as ReturnType<FleetStore[K]>;

  return {
    ready: () => current().then(() => true, () => false),
    isOpen: () => open && !closed,
    upsertInventory: call('upsertInventory'),
    upsertStatuses: call('upsertStatuses'),
    upsertUsages: call('upsertUsages'),
    deleteUnseen: call('deleteUnseen'),
    page: call('page'),
    summary: call('summary'),
    rows: call('rows'),
    stalest: call('stalest'),
    getSyncState: call('getSyncState'),
    setSyncState: call('setSyncState'),
    withSyncLease: (work) => current().then((store) => store.withSyncLease(work)),
    ping: call('ping'),
    createAlertRule: call('createAlertRule'),
    updateAlertRule: call('updateAlertRule'),
    deleteAlertRule: call('deleteAlertRule'),
    alertRules: call('alertRules'),
    events: call('events'),
    eventsAfter: call('eventsAfter'),
    lastEventSequence: call('lastEventSequence'),
    onEventsRecorded: call('onEventsRecorded'),
    createWebhook: call('createWebhook'),
    updateWebhook: call('updateWebhook'),
    deleteWebhook: call('deleteWebhook'),
    webhooks: call('webhooks'),
    webhookDeliveries: call('webhookDeliveries'),
    claimDeliveries: call('claimDeliveries'),
    recordDeliveryAttempt: call('recordDeliveryAttempt'),
    async close() {
      closed = true;
      const store = await opening?.catch(() => undefined);
      await store?.close();
    },
  };
}
