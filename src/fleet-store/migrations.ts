import { Migrator, type Kysely, type Migration } from 'kysely';
import * as fleetCard from './migrations/0001-fleet-card';
import * as fleetRollup from './migrations/0002-fleet-rollup';
import * as fleetEvents from './migrations/0003-fleet-events';
import * as webhooks from './migrations/0004-webhooks';

/**
 * The store's versioned migrations, in code so they ship inside the build (no migration folder
 * to copy next to `dist/`). Names sort in the order they apply; a migration once released is never
 * edited, only followed by a new one.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-fleet-card': fleetCard,
  '0002-fleet-rollup': fleetRollup,
  '0003-fleet-events': fleetEvents,
  '0004-webhooks': webhooks,
};

/**
 * Applies every migration not yet applied. Kysely's Migrator takes a lock (an advisory lock in a
 * transaction on PostgreSQL) so replicas starting together migrate once.
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'fleet_migration',
    migrationLockTableName: 'fleet_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`Fleet store migration ${failed ?? ''} failed`.replace('  ', ' '), { cause: error });
  }
}
