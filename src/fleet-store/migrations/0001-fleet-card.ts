import { sql, type Kysely } from 'kysely';

/**
 * One row per card: inventory, last status and this month's usage side by side, so a filtered,
 * sorted page is one index walk with no join (issue 14: p50 ≤ 20 ms at 200,000 cards).
 *
 * Ordered indexes are `(key, iccid)`: the keyset cursor is `(key, iccid)` and a B-tree serves both
 * directions by scanning backwards; rows whose key is null are read as a second segment through
 * the same index (`key IS NULL` is an index condition), which is how "nulls last" holds both ways
 * without a second index per direction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // ICCID/MSISDN substring search through trigram indexes where pg_trgm is available (PostgreSQL:
  // a trusted extension since 13, a database owner may create it). PGlite runs without it
  // (create-fleet-store.ts) and scans: ILIKE answers the same either way.
  const { rows } = await sql<{ available: boolean }>`SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') AS available`.execute(db);
  const trigrams = rows[0]?.available === true;
  if (trigrams) await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await db.schema
    .createTable('fleet_card')
    .addColumn('iccid', 'text', (c) => c.primaryKey())
    .addColumn('msisdn', 'text')
    .addColumn('imsi', 'text')
    .addColumn('carrier', 'text', (c) => c.notNull())
    .addColumn('has_inventory', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('type_id', 'integer')
    .addColumn('type_name', 'text')
    .addColumn('category_id', 'integer')
    .addColumn('category_name', 'text')
    .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('remark', 'text')
    .addColumn('package_name', 'text')
    .addColumn('opened_at', 'timestamptz')
    .addColumn('activated_at', 'timestamptz')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('real_name', 'boolean')
    .addColumn('inventory_synced_at', 'timestamptz', (c) => c.notNull())
    .addColumn('state', 'text')
    .addColumn('suspend_reason', 'text')
    .addColumn('barring', 'text')
    .addColumn('status_source', 'text')
    .addColumn('status_carrier', 'text')
    .addColumn('status_code', 'text')
    .addColumn('status_label', 'text')
    .addColumn('stop_reason', 'text')
    .addColumn('status_checked_at', 'timestamptz')
    .addColumn('state_changed_at', 'timestamptz')
    .addColumn('status_synced_at', 'timestamptz')
    .addColumn('usage_month', 'text')
    .addColumn('used_kb', 'bigint')
    .addColumn('quota_kb', 'bigint')
    .addColumn('remaining_kb', 'bigint')
    .addColumn('usage_as_of', 'timestamptz')
    .addColumn('usage_source', 'text')
    .addColumn('usage_percent', 'double precision', (c) =>
      c.generatedAlwaysAs(sql`CASE WHEN quota_kb > 0 THEN used_kb * 100.0 / quota_kb END`).stored(),
    )
    .addColumn('usage_synced_at', 'timestamptz')
    .execute();

  for (const ddl of [
    sql`CREATE INDEX fleet_card_usage_percent ON fleet_card (usage_percent, iccid)`,
    // The dashboard's first question: one state, top usage (issue 14 §5).
    sql`CREATE INDEX fleet_card_state_usage_percent ON fleet_card (state, usage_percent, iccid)`,
    sql`CREATE INDEX fleet_card_used_kb ON fleet_card (used_kb, iccid)`,
    sql`CREATE INDEX fleet_card_expires_at ON fleet_card (expires_at, iccid)`,
    sql`CREATE INDEX fleet_card_state_changed_at ON fleet_card (state_changed_at, iccid)`,
    sql`CREATE INDEX fleet_card_tags ON fleet_card USING gin (tags)`,
    ...(trigrams
      ? [
          sql`CREATE INDEX fleet_card_iccid_trgm ON fleet_card USING gin (iccid gin_trgm_ops)`,
          sql`CREATE INDEX fleet_card_msisdn_trgm ON fleet_card USING gin (msisdn gin_trgm_ops)`,
        ]
      : []),
    // The sync's stalest-first reads (`stalest()`): never-read cards (null) first.
    sql`CREATE INDEX fleet_card_status_synced_at ON fleet_card (status_synced_at NULLS FIRST, iccid)`,
    sql`CREATE INDEX fleet_card_usage_synced_at ON fleet_card (usage_synced_at NULLS FIRST, iccid)`,
    // deleteUnseen()
    sql`CREATE INDEX fleet_card_inventory_synced_at ON fleet_card (inventory_synced_at)`,
  ]) {
    await ddl.execute(db);
  }

  await db.schema
    .createTable('fleet_sync_state')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
