import { sql, type Kysely } from 'kysely';
import type { AlertRule, CardEvent } from '../domain';
import type { FleetDatabase } from './database';
import { conditionColumns, filterToJson, toAlertRule, toCardEvent, type AlertRuleRecord, type FleetEventRecord } from './event-mapping';
import type { AlertRuleInput, AlertRulePatch, CardEventPage, CardEventQuery, FleetEventStore } from './fleet-event-store';
import { guarded } from './store-errors';

/** Subscribes to the event channel on the store's driver (`create-fleet-store.ts`). */
export type ListenToEvents = (listener: () => void) => Promise<() => Promise<void>>;

/** A store without notifications: its consumers find events by polling alone. */
export const NO_NOTIFICATIONS: ListenToEvents = async () => async () => undefined;

const RULE_COLUMNS = ['id', 'name', 'kind', 'percent', 'states', 'days', 'filter', 'enabled', 'created_at', 'updated_at'] as const;
const EVENT_COLUMNS = ['sequence', 'id', 'type', 'occurred_at', 'recorded_at', 'rule_id', 'card', 'detail'] as const;

/** `FleetEventStore` over Kysely, on PostgreSQL and PGlite alike. */
export class KyselyFleetEvents implements FleetEventStore {
  constructor(
    private readonly db: Kysely<FleetDatabase>,
    private readonly listen: ListenToEvents,
  ) {}

  createAlertRule(input: AlertRuleInput): Promise<AlertRule> {
    return guarded('alert rule write', undefined, async () => {
      const row = await this.db
        .insertInto('alert_rule')
        .values({
          name: input.name,
          ...conditionColumns(input.condition),
          filter: filterToJson(input.filter),
          enabled: input.enabled ?? true,
        })
        .returning(RULE_COLUMNS)
        .executeTakeFirstOrThrow();
      return toAlertRule(row as AlertRuleRecord);
    });
  }

  updateAlertRule(id: string, patch: AlertRulePatch): Promise<AlertRule | undefined> {
    return guarded('alert rule write', undefined, async () => {
      if (!/^\d{1,18}$/.test(id)) return undefined;
      const row = await this.db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('alert_rule')
          .set({
            ...(patch.name === undefined ? {} : { name: patch.name }),
            ...(patch.condition === undefined ? {} : conditionColumns(patch.condition)),
            ...(patch.filter === undefined ? {} : { filter: filterToJson(patch.filter) }),
            ...(patch.enabled === undefined ? {} : { enabled: patch.enabled }),
            updated_at: sql`now()`,
          })
          .where('id', '=', id)
          .returning(RULE_COLUMNS)
          .executeTakeFirst();
        // A new condition or filter starts afresh: cards that met the old one may fire again.
        if (updated && (patch.condition !== undefined || patch.filter !== undefined)) {
          await sql`DELETE FROM alert_fired WHERE rule_id = ${id}::bigint`.execute(trx);
        }
        return updated;
      });
      return row && toAlertRule(row as AlertRuleRecord);
    });
  }

  deleteAlertRule(id: string): Promise<boolean> {
    return guarded('alert rule write', undefined, async () => {
      if (!/^\d{1,18}$/.test(id)) return false;
      const result = await this.db.deleteFrom('alert_rule').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  alertRules(signal?: AbortSignal): Promise<AlertRule[]> {
    return guarded('alert rule read', signal, async () => {
      const rows = await this.db.selectFrom('alert_rule').select(RULE_COLUMNS).orderBy('id').execute();
      return rows.map((row) => toAlertRule(row as AlertRuleRecord));
    });
  }

  events(query: CardEventQuery, signal?: AbortSignal): Promise<CardEventPage> {
    return guarded('event read', signal, async () => {
      let select = this.db.selectFrom('fleet_event').select(EVENT_COLUMNS);
      if (query.types !== undefined) select = query.types.length > 0 ? select.where('type', 'in', [...query.types]) : select.where(sql<boolean>`false`);
      if (query.iccids !== undefined) select = query.iccids.length > 0 ? select.where('iccid', 'in', [...query.iccids]) : select.where(sql<boolean>`false`);
      if (query.cards !== undefined) select = select.where(sql<boolean>`fleet_snapshot_matches(card, ${filterToJson(query.cards)}::jsonb)`);
      if (query.before !== undefined) select = select.where('sequence', '<', query.before);
      const rows = await select
        .orderBy('sequence', 'desc')
        .limit(query.first + 1)
        .execute();
      return {
        events: rows.slice(0, query.first).map((row) => toCardEvent(row as FleetEventRecord)),
        hasNextPage: rows.length > query.first,
      };
    });
  }

  eventsAfter(sequence: number, limit: number, signal?: AbortSignal): Promise<CardEvent[]> {
    return guarded('event read', signal, async () => {
      const rows = await this.db.selectFrom('fleet_event').select(EVENT_COLUMNS).where('sequence', '>', sequence).orderBy('sequence').limit(limit).execute();
      return rows.map((row) => toCardEvent(row as FleetEventRecord));
    });
  }

  lastEventSequence(signal?: AbortSignal): Promise<number> {
    return guarded('event read', signal, async () => {
      const row = await this.db
        .selectFrom('fleet_event')
        .select((eb) => eb.fn.max('sequence').as('last'))
        .executeTakeFirst();
      return Number(row?.last ?? 0);
    });
  }

  onEventsRecorded(listener: () => void): Promise<() => Promise<void>> {
    return guarded('event listen', undefined, () => this.listen(listener));
  }
}
