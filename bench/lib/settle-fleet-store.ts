import { Client } from 'pg';
import type { FleetStore } from '../../src/fleet-store/fleet-store';

/**
 * Statistics after a bulk load, as the sync's end of pass refreshes them (`deleteUnseen` runs
 * ANALYZE; nothing is older than the epoch, so nothing is deleted); on PostgreSQL also the VACUUM
 * autovacuum would run within a minute of such a load, which sets the visibility map that
 * index-only counts need. `url` is the PostgreSQL database, `undefined` for PGlite.
 */
export async function settleFleetStore(url: string | undefined, store: FleetStore): Promise<void> {
  await store.deleteUnseen(new Date(0));
  if (url === undefined) return;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('VACUUM ANALYZE fleet_card');
  } finally {
    await client.end();
  }
}
