import { sql, type Kysely } from 'kysely';

/**
 * `fleetSummary` with no filter, kept up to date by the writes themselves: per (state, carrier,
 * usage month, quota band) the number of cards and their KB used. A scan of 200,000 cards takes
 * about 150 ms on PostgreSQL (bench s8); this table has at most a few hundred rows, so the
 * unfiltered summary answers in a millisecond (issue 14: p50 ≤ 20 ms). Filtered summaries scan.
 *
 * Statement-level triggers with transition tables: one rollup write per upsert statement (a page
 * of 1,000 cards), not one per card, and rows locked in key order so concurrent writers queue
 * instead of deadlocking.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('fleet_rollup')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('carrier', 'text', (c) => c.notNull())
    .addColumn('usage_month', 'text', (c) => c.notNull())
    /** 0: below 80 % or no quota; 1: 80 % to below 100 %; 2: 100 % and more. */
    .addColumn('band', 'smallint', (c) => c.notNull())
    .addColumn('cards', 'bigint', (c) => c.notNull())
    .addColumn('used_kb', 'numeric', (c) => c.notNull())
    .addPrimaryKeyConstraint('fleet_rollup_pk', ['state', 'carrier', 'usage_month', 'band'])
    .execute();

  const key = (t: string) =>
    `coalesce(${t}.state, 'UNKNOWN'), ${t}.carrier, coalesce(${t}.usage_month, ''), CASE WHEN ${t}.usage_percent >= 100 THEN 2 WHEN ${t}.usage_percent >= 80 THEN 1 ELSE 0 END`;
  // One INSERT … ON CONFLICT per trigger, over the old rows counted down and the new rows up.
  const apply = (sources: { table: string; sign: '+' | '-' }[]) => `
      INSERT INTO fleet_rollup AS r (state, carrier, usage_month, band, cards, used_kb)
      SELECT state, carrier, usage_month, band, sum(cards), sum(used_kb) FROM (
        ${sources.map(({ table, sign }) => `SELECT ${key(table)}, ${sign}1 AS cards, ${sign}coalesce(${table}.used_kb, 0) AS used_kb FROM ${table}`).join(' UNION ALL ')}
      ) AS delta (state, carrier, usage_month, band, cards, used_kb)
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT (state, carrier, usage_month, band)
      DO UPDATE SET cards = r.cards + excluded.cards, used_kb = r.used_kb + excluded.used_kb;`;
  // One statement a query: PGlite runs each through the extended protocol, which takes one.
  for (const statement of [
    `CREATE FUNCTION fleet_rollup_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${apply([{ table: 'new_rows', sign: '+' }])} RETURN NULL; END $$`,
    `CREATE FUNCTION fleet_rollup_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${apply([{ table: 'old_rows', sign: '-' }])} RETURN NULL; END $$`,
    `CREATE FUNCTION fleet_rollup_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${apply([{ table: 'old_rows', sign: '-' }, { table: 'new_rows', sign: '+' }])} RETURN NULL; END $$`,
    'CREATE TRIGGER fleet_rollup_insert AFTER INSERT ON fleet_card REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fleet_rollup_insert()',
    'CREATE TRIGGER fleet_rollup_delete AFTER DELETE ON fleet_card REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fleet_rollup_delete()',
    'CREATE TRIGGER fleet_rollup_update AFTER UPDATE ON fleet_card REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fleet_rollup_update()',
    `INSERT INTO fleet_rollup (state, carrier, usage_month, band, cards, used_kb)
     SELECT ${key('c')}, count(*), coalesce(sum(c.used_kb), 0) FROM fleet_card AS c GROUP BY 1, 2, 3, 4`,
  ]) {
    await sql.raw(statement).execute(db);
  }
}
