import DataLoader from 'dataloader';
import type { FleetRow, FleetStore } from '../fleet-store/fleet-store';

/**
 * The fleet store's rows by ICCID for one request: every `load()` of a tick becomes one
 * `store.rows(iccids)`, so a 250-card page reading `status(maxAge:)` asks the store once.
 * A card the store does not hold is `null`. A store that fails makes every key of the batch
 * `null` too (reported through `onFailure`): the `maxAge` reads then go live, as they would
 * without a store (ARCHITECTURE.md: a store that is down fails only the fields that need it).
 */
export function createFleetRowsLoader(
  store: FleetStore,
  signal: AbortSignal | undefined,
  onFailure: (error: unknown) => void,
  isOpen: () => boolean = () => true,
): DataLoader<string, FleetRow | null> {
  return new DataLoader<string, FleetRow | null>(async (iccids) => {
    if (!isOpen()) return iccids.map(() => null);
    try {
      const rows = await store.rows(iccids, signal);
      return iccids.map((iccid) => rows.get(iccid) ?? null);
    } catch (error) {
      onFailure(error);
      return iccids.map(() => null);
    }
  });
}
