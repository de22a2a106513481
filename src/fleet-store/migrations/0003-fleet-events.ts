import { sql, type Kysely } from 'kysely';

/**
 * The event outbox and the alert rules (issue 15 §1–2). Events are written by a row trigger on
 * `fleet_card`, so every writer (the sync's pages, live reads, our own stops and resumes) records
 * them in the transaction that changes the stored state, exactly once: a change that rolls back
 * leaves no event, and an event never exists without its change.
 *
 * - `STATUS_CHANGED` for every change of the normalized state of a card already read once (the
 *   first reading is not a change); it lists the `STATE_IN` rules the new state entered.
 * - `USAGE_THRESHOLD_CROSSED` and `EXPIRING` per rule: a card that meets the rule and is not yet
 *   marked in `alert_fired` is marked and gets one event; a card that no longer meets it is
 *   unmarked, so it fires again only after falling back below the threshold. Expiry depends on
 *   the clock too: the sync rewrites every card once a pass, which re-evaluates it.
 *
 * `sequence` is the outbox order that consumers tail. Event inserts take a transaction-scoped
 * advisory lock first, so sequence numbers become visible in the order they were drawn: a reader
 * that saw sequence n never later finds a smaller one committed.
 */
export const EVENT_ORDER_LOCK = 1_500_215_003;
export const EVENT_CHANNEL = 'simgraph_fleet_event';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('alert_rule')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('USAGE_AT_LEAST', 'STATE_IN', 'EXPIRES_WITHIN')`))
    .addColumn('percent', 'double precision')
    .addColumn('states', sql`text[]`)
    .addColumn('days', 'integer')
    .addColumn('filter', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('alert_fired')
    .addColumn('rule_id', 'bigint', (c) => c.notNull().references('alert_rule.id').onDelete('cascade'))
    .addColumn('iccid', 'text', (c) => c.notNull().references('fleet_card.iccid').onDelete('cascade'))
    .addColumn('fired_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('alert_fired_pk', ['rule_id', 'iccid'])
    .execute();

  await db.schema
    .createTable('fleet_event')
    .addColumn('sequence', 'bigserial', (c) => c.primaryKey())
    .addColumn('id', 'uuid', (c) =>
      c
        .notNull()
        .unique()
        .defaultTo(sql`gen_random_uuid()`),
    )
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('iccid', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // No foreign key: a rule deleted later leaves its events in the history.
    .addColumn('rule_id', 'bigint')
    .addColumn('card', 'jsonb', (c) => c.notNull())
    .addColumn('detail', 'jsonb', (c) => c.notNull())
    .execute();

  const status = (row: 'OLD' | 'NEW') =>
    `jsonb_build_object('state', coalesce(${row}.state, 'UNKNOWN'), 'suspendReason', ${row}.suspend_reason, 'rawCode', ${row}.status_code, 'rawLabel', ${row}.status_label, 'stopReason', ${row}.stop_reason)`;

  // One statement a query: PGlite runs each through the extended protocol, which takes one.
  for (const statement of [
    'CREATE INDEX fleet_event_iccid ON fleet_event (iccid, sequence)',
    'CREATE INDEX fleet_event_type ON fleet_event (type, sequence)',
    // A FleetFilter (as `fleet-query.ts` writes it in SQL, and `domain/fleet-filter.ts` in code)
    // over an event's card snapshot; absent keys hold.
    `CREATE FUNCTION fleet_snapshot_matches(c jsonb, f jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
      SELECT coalesce(
        (f->'states' IS NULL OR f->'states' ? (c->>'state'))
        AND (f->'carriers' IS NULL OR f->'carriers' ? (c->>'carrier'))
        AND (f->'tags' IS NULL OR f->'tags' ?| ARRAY(SELECT jsonb_array_elements_text(c->'tags')))
        AND (f->'typeIds' IS NULL OR (c->'typeId' <> 'null'::jsonb AND f->'typeIds' @> jsonb_build_array(c->'typeId')))
        AND (f->'categoryIds' IS NULL OR (c->'categoryId' <> 'null'::jsonb AND f->'categoryIds' @> jsonb_build_array(c->'categoryId')))
        AND (coalesce(f->>'keyword', '') = '' OR strpos(lower(c->>'iccid'), lower(f->>'keyword')) > 0 OR strpos(lower(coalesce(c->>'msisdn', '')), lower(f->>'keyword')) > 0)
        AND (f->'usagePercentAtLeast' IS NULL OR (c->>'usagePercent')::float8 >= (f->>'usagePercentAtLeast')::float8)
        AND (f->'expiresBefore' IS NULL OR (c->>'expiresAt')::timestamptz < (f->>'expiresBefore')::timestamptz)
        AND (f->'realName' IS NULL OR (c->>'realName')::boolean = (f->>'realName')::boolean),
      false)
    $$`,
    `CREATE FUNCTION fleet_card_snapshot(c fleet_card) RETURNS jsonb LANGUAGE sql STABLE AS $$
      SELECT jsonb_build_object(
        'iccid', c.iccid, 'msisdn', c.msisdn, 'carrier', c.carrier, 'state', coalesce(c.state, 'UNKNOWN'),
        'tags', to_jsonb(c.tags), 'typeId', c.type_id, 'categoryId', c.category_id,
        'usagePercent', c.usage_percent, 'expiresAt', c.expires_at, 'realName', c.real_name)
    $$`,
    `CREATE FUNCTION fleet_card_events() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      snapshot jsonb;
      rule record;
      meets boolean;
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.state IS NOT NULL AND NEW.state IS DISTINCT FROM OLD.state THEN
        snapshot := fleet_card_snapshot(NEW);
        PERFORM pg_advisory_xact_lock(${EVENT_ORDER_LOCK});
        INSERT INTO fleet_event (type, iccid, occurred_at, card, detail) VALUES (
          'STATUS_CHANGED', NEW.iccid, coalesce(NEW.status_checked_at, now()), snapshot,
          jsonb_build_object('from', ${status('OLD')}, 'to', ${status('NEW')}, 'ruleIds', (
            SELECT coalesce(jsonb_agg(r.id::text ORDER BY r.id), '[]'::jsonb) FROM alert_rule r
            WHERE r.enabled AND r.kind = 'STATE_IN' AND NEW.state = ANY (r.states)
              AND NOT (OLD.state = ANY (r.states)) AND fleet_snapshot_matches(snapshot, r.filter))));
      END IF;
      FOR rule IN SELECT id, kind, percent, days, filter FROM alert_rule WHERE enabled AND kind <> 'STATE_IN' ORDER BY id LOOP
        -- Built once a row, and only when needed: most rows of a page change nothing.
        IF snapshot IS NULL THEN
          snapshot := fleet_card_snapshot(NEW);
        END IF;
        IF rule.kind = 'USAGE_AT_LEAST' THEN
          meets := NEW.usage_percent >= rule.percent;
        ELSE
          meets := NEW.expires_at > now() AND NEW.expires_at <= now() + make_interval(days => rule.days);
        END IF;
        meets := coalesce(meets, false) AND fleet_snapshot_matches(snapshot, rule.filter);
        IF meets THEN
          INSERT INTO alert_fired (rule_id, iccid) VALUES (rule.id, NEW.iccid) ON CONFLICT DO NOTHING;
          IF FOUND THEN
            PERFORM pg_advisory_xact_lock(${EVENT_ORDER_LOCK});
            IF rule.kind = 'USAGE_AT_LEAST' THEN
              INSERT INTO fleet_event (type, iccid, occurred_at, rule_id, card, detail) VALUES (
                'USAGE_THRESHOLD_CROSSED', NEW.iccid, coalesce(NEW.usage_as_of, now()), rule.id, snapshot,
                jsonb_build_object('thresholdPercent', rule.percent, 'usagePercent', NEW.usage_percent));
            ELSE
              INSERT INTO fleet_event (type, iccid, occurred_at, rule_id, card, detail) VALUES (
                'EXPIRING', NEW.iccid, now(), rule.id, snapshot,
                jsonb_build_object('expiresAt', NEW.expires_at, 'daysLeft', ceil(extract(epoch FROM NEW.expires_at - now()) / 86400)::int));
            END IF;
          END IF;
        ELSE
          DELETE FROM alert_fired WHERE rule_id = rule.id AND iccid = NEW.iccid;
        END IF;
      END LOOP;
      RETURN NULL;
    END
    $$`,
    'CREATE TRIGGER fleet_card_events AFTER INSERT OR UPDATE ON fleet_card FOR EACH ROW EXECUTE FUNCTION fleet_card_events()',
    // One notification per statement that recorded events (payload-free: listeners read the outbox
    // after the last sequence they saw), delivered at commit, so never for a rolled-back change.
    `CREATE FUNCTION fleet_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('${EVENT_CHANNEL}', '');
      RETURN NULL;
    END
    $$`,
    'CREATE TRIGGER fleet_event_notify AFTER INSERT ON fleet_event FOR EACH STATEMENT EXECUTE FUNCTION fleet_event_notify()',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
