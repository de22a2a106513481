import { FleetStoreError, type FleetStore } from './fleet-store';

/**
 * A store that answers every call with `FleetStoreError`: what the fleet fields see when the store
 * could not start, while the live fields go on (ARCHITECTURE.md "a store that is down fails only
 * the fields that need it"). `close()` succeeds: there is nothing to close.
 */
export function unavailableFleetStore(reason = 'Fleet store unavailable'): FleetStore {
  const fail = () => Promise.reject(new FleetStoreError(reason));
  return {
    upsertInventory: fail,
    upsertStatuses: fail,
    upsertUsages: fail,
    deleteUnseen: fail,
    page: fail,
    summary: fail,
    rows: fail,
    stalest: fail,
    getSyncState: fail,
    setSyncState: fail,
    withSyncLease: fail,
    ping: fail,
    createAlertRule: fail,
    updateAlertRule: fail,
    deleteAlertRule: fail,
    alertRules: fail,
    events: fail,
    eventsAfter: fail,
    lastEventSequence: fail,
    onEventsRecorded: fail,
    createWebhook: fail,
    updateWebhook: fail,
    deleteWebhook: fail,
    webhooks: fail,
    webhookDeliveries: fail,
    claimDeliveries: fail,
    recordDeliveryAttempt: fail,
    close: () => Promise.resolve(),
  };
}
