import { sql, type Kysely } from 'kysely';

/**
 * Webhooks and their deliveries (issue 15 §4–5). A row trigger on the outbox queues one delivery
 * per matching webhook in the transaction that records the event: an event is never lost between
 * the outbox and the queue, and `(webhook_id, event_sequence)` is unique, so never queued twice.
 * Replicas claim due deliveries with `FOR UPDATE SKIP LOCKED` and a lease (`claimed_until`), so
 * one replica at a time attempts a delivery, and a replica that dies mid-attempt frees it when
 * the lease runs out.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('webhook')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('events', sql`text[]`, (c) => c.notNull())
    .addColumn('filter', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    // The HMAC key: read only by the delivery worker, never returned after creation.
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('disabled_reason', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_failure_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('webhook_delivery')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('webhook_id', 'bigint', (c) => c.notNull().references('webhook.id').onDelete('cascade'))
    .addColumn('event_sequence', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('PENDING')
        .check(sql`status IN ('PENDING', 'DELIVERED', 'FAILED')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.defaultTo(sql`now()`))
    .addColumn('claimed_until', 'timestamptz')
    .addColumn('first_attempt_at', 'timestamptz')
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('delivered_at', 'timestamptz')
    .addUniqueConstraint('webhook_delivery_once', ['webhook_id', 'event_sequence'])
    .execute();

  for (const statement of [
    // The worker's claim: due deliveries, oldest first.
    `CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`,
    'CREATE INDEX webhook_delivery_history ON webhook_delivery (webhook_id, id)',
    `CREATE FUNCTION webhook_fan_out() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO webhook_delivery (webhook_id, event_sequence)
      SELECT w.id, NEW.sequence FROM webhook w
      WHERE w.enabled AND NEW.type = ANY (w.events) AND fleet_snapshot_matches(NEW.card, w.filter)
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END
    $$`,
    'CREATE TRIGGER webhook_fan_out AFTER INSERT ON fleet_event FOR EACH ROW EXECUTE FUNCTION webhook_fan_out()',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
