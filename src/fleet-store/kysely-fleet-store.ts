import { sql, type Kysely, type SqlBool } from 'kysely';
import { currentShanghaiMonth, type CardState, type Carrier, type KnownCarrier } from '../domain';
import type { FleetDatabase } from './database';
import { afterKey, decodeCursor, encodeCursor, filterWhere, keyOf, ORDER_COLUMNS, type KeysetPosition } from './fleet-query';
import type {
  FleetFilter,
  FleetInventoryRow,
  FleetPage,
  FleetPageQuery,
  FleetRow,
  FleetStatusReading,
  FleetStore,
  FleetSummary,
  FleetUsageReading,
} from './fleet-store';
import { guarded } from './store-errors';
import { INVENTORY_COLUMNS, inventoryValues, toFleetRow, type FleetCardRecord } from './row-mapping';
import type { SyncLease } from './sync-lease';
import type { AlertRule, CardEvent } from '../domain';
import type { AlertRuleInput, AlertRulePatch, CardEventPage, CardEventQuery } from './fleet-event-store';
import { KyselyFleetEvents, NO_NOTIFICATIONS, type ListenToEvents } from './kysely-fleet-events';
import { KyselyWebhooks } from './kysely-webhooks';
import type { ClaimedDelivery, DeliveryAttemptOutcome, WebhookInput } from './webhook-store';
import type { Webhook, WebhookDeliveryRecord } from '../domain';

/** Rows per INSERT/UPDATE statement: 17 parameters a row stays far below PostgreSQL's 65,535. */
const WRITE_CHUNK = 1000;
/** ICCIDs per `rows()` statement. */
const READ_CHUNK = 5000;
/** Largest page `page()` serves; the schema's own bound is lower. */
const MAX_PAGE = 1000;

/** The `FleetStore` over Kysely: the same SQL on PostgreSQL (`pg`) and PGlite. */
export class KyselyFleetStore implements FleetStore {
  private readonly eventSide: KyselyFleetEvents;
  private readonly webhookSide: KyselyWebhooks;

  constructor(
    private readonly db: Kysely<FleetDatabase>,
    private readonly lease: SyncLease,
    listen: ListenToEvents = NO_NOTIFICATIONS,
  ) {
    this.eventSide = new KyselyFleetEvents(db, listen);
    this.webhookSide = new KyselyWebhooks(db);
  }

  // Webhooks and their delivery queue (issue 15) live in `kysely-webhooks.ts`.
  createWebhook = (input: WebhookInput & { secret: string }): Promise<Webhook> => this.webhookSide.createWebhook(input);
  updateWebhook = (id: string, patch: Partial<WebhookInput> & { enabled?: boolean }): Promise<Webhook | undefined> => this.webhookSide.updateWebhook(id, patch);
  deleteWebhook = (id: string): Promise<boolean> => this.webhookSide.deleteWebhook(id);
  webhooks = (signal?: AbortSignal): Promise<Webhook[]> => this.webhookSide.webhooks(signal);
  webhookDeliveries = (webhookId: string, page: { first: number; before?: string }, signal?: AbortSignal): Promise<{ deliveries: WebhookDeliveryRecord[]; hasNextPage: boolean }> =>
    this.webhookSide.webhookDeliveries(webhookId, page, signal);
  claimDeliveries = (limit: number, leaseMs: number): Promise<ClaimedDelivery[]> => this.webhookSide.claimDeliveries(limit, leaseMs);
  recordDeliveryAttempt = (deliveryId: string, outcome: DeliveryAttemptOutcome): Promise<void> => this.webhookSide.recordDeliveryAttempt(deliveryId, outcome);

  // The event side (issue 15) lives in `kysely-fleet-events.ts`.
  createAlertRule = (input: AlertRuleInput): Promise<AlertRule> => this.eventSide.createAlertRule(input);
  updateAlertRule = (id: string, patch: AlertRulePatch): Promise<AlertRule | undefined> => this.eventSide.updateAlertRule(id, patch);
  deleteAlertRule = (id: string): Promise<boolean> => this.eventSide.deleteAlertRule(id);
  alertRules = (signal?: AbortSignal): Promise<AlertRule[]> => this.eventSide.alertRules(signal);
  events = (query: CardEventQuery, signal?: AbortSignal): Promise<CardEventPage> => this.eventSide.events(query, signal);
  eventsAfter = (sequence: number, limit: number, signal?: AbortSignal): Promise<CardEvent[]> => this.eventSide.eventsAfter(sequence, limit, signal);
  lastEventSequence = (signal?: AbortSignal): Promise<number> => this.eventSide.lastEventSequence(signal);
  onEventsRecorded = (listener: () => void): Promise<() => Promise<void>> => this.eventSide.onEventsRecorded(listener);

  upsertInventory(rows: readonly FleetInventoryRow[], syncedAt: Date): Promise<void> {
    return guarded('inventory write', undefined, () =>
      this.db.transaction().execute(async (trx) => {
        for (const chunk of chunks(rows, WRITE_CHUNK)) {
          await trx
            .insertInto('fleet_card')
            .values(chunk.map((row) => inventoryValues(row, syncedAt)))
            .onConflict((oc) =>
              oc.column('iccid').doUpdateSet((eb) => Object.fromEntries(INVENTORY_COLUMNS.map((column) => [column, eb.ref(`excluded.${column}`)]))),
            )
            .execute();
        }
        const statuses = rows.flatMap((row) => (row.status ? [{ iccid: row.card.iccid, status: row.status, syncedAt }] : []));
        await writeStatuses(trx, statuses);
      }),
    );
  }

  upsertStatuses(readings: readonly FleetStatusReading[]): Promise<void> {
    return guarded('status write', undefined, () => writeStatuses(this.db, readings));
  }

  upsertUsages(readings: readonly FleetUsageReading[]): Promise<void> {
    return guarded('usage write', undefined, async () => {
      for (const chunk of chunks(readings, WRITE_CHUNK)) {
        const column = <T>(pick: (reading: FleetUsageReading) => T) => chunk.map(pick);
        // A reading older than the stored one (a slow live read racing the sync) is dropped.
        await sql`
          UPDATE fleet_card AS c SET
            usage_month = v.month, used_kb = v.used_kb, quota_kb = v.quota_kb, remaining_kb = v.remaining_kb,
            usage_as_of = v.as_of, usage_source = v.source, usage_synced_at = v.synced_at
          FROM unnest(
            ${column((r) => r.iccid)}::text[], ${column((r) => r.usage.month)}::text[],
            ${column((r) => r.usage.usedKb)}::bigint[], ${column((r) => r.usage.quotaKb)}::bigint[],
            ${column((r) => r.usage.remainingKb)}::bigint[], ${column((r) => r.usage.asOf)}::timestamptz[],
            ${column((r) => r.usage.source)}::text[], ${column((r) => r.syncedAt.toISOString())}::timestamptz[]
          ) AS v(iccid, month, used_kb, quota_kb, remaining_kb, as_of, source, synced_at)
          WHERE c.iccid = v.iccid AND (c.usage_as_of IS NULL OR v.as_of >= c.usage_as_of)
        `.execute(this.db);
      }
    });
  }

  deleteUnseen(seenBefore: Date): Promise<number> {
    return guarded('delete', undefined, async () => {
      const result = await this.db.deleteFrom('fleet_card').where('inventory_synced_at', '<', seenBefore).executeTakeFirst();
      // The end of a full pass: fresh planner statistics. PGlite runs no autovacuum, and without them
      // the state and usage indexes are misjudged after the first bulk load (bench s8).
      await sql`ANALYZE fleet_card`.execute(this.db);
      return Number(result.numDeletedRows);
    });
  }

  async page(query: FleetPageQuery, signal?: AbortSignal): Promise<FleetPage> {
    const { order, filter } = query;
    const column = ORDER_COLUMNS[order.field];
    const first = Math.max(0, Math.min(query.first, MAX_PAGE));
    // Decoded before the guard: a bad cursor is the caller's FleetCursorError, not the store's failure.
    const after = query.after === undefined ? undefined : decodeCursor(order, query.after);
    return guarded('page', signal, async () => {
      const [records, totalCount] = await Promise.all([this.keysetPage(filter, order, first + 1, after), this.count(filter)]);
      const rows = records.slice(0, first);
      return {
        rows: rows.map(toFleetRow),
        cursors: rows.map((record) => encodeCursor(order, { key: keyOf(column, record[column]), iccid: record.iccid })),
        hasNextPage: records.length > first,
        totalCount,
      };
    });
  }

  /**
   * Two segments, each one walk of the `(key, iccid)` index: rows with a key in `order`, then rows
   * without one by ICCID (nulls last in both directions). A cursor in the null segment skips the first.
   */
  private async keysetPage(filter: FleetFilter, order: FleetPageQuery['order'], limit: number, after: KeysetPosition | undefined): Promise<FleetCardRecord[]> {
    const column = ORDER_COLUMNS[order.field];
    const direction = order.direction === 'ASC' ? 'asc' : 'desc';
    const base = this.db.selectFrom('fleet_card').selectAll().where(filterWhere(filter));
    let records: FleetCardRecord[] = [];
    if (after === undefined || after.key !== null) {
      let keyed = base.where(column, 'is not', null);
      if (after !== undefined) keyed = keyed.where(afterKey(column, order.direction, after));
      records = await keyed.orderBy(column, direction).orderBy('iccid', direction).limit(limit).execute();
      if (records.length >= limit || column === 'iccid') return records;
    }
    let unkeyed = base.where(column, 'is', null);
    if (after !== undefined && after.key === null) unkeyed = unkeyed.where('iccid', order.direction === 'ASC' ? '>' : '<', after.iccid);
    const rest = await unkeyed.orderBy('iccid', direction).limit(limit - records.length).execute();
    return records.concat(rest);
  }

  private async count(filter: FleetFilter): Promise<number> {
    if (Object.entries(filter).every(([key, value]) => value === undefined || key === 'states' || key === 'carriers')) {
      // States and carriers only (the dashboard's usual page): the rollup has the count, no scan.
      let rollup = this.db.selectFrom('fleet_rollup').select(sql<number>`coalesce(sum(cards), 0)::float8`.as('count'));
      if (filter.states !== undefined) rollup = filter.states.length > 0 ? rollup.where('state', 'in', [...filter.states]) : rollup.where(sql<SqlBool>`false`);
      if (filter.carriers !== undefined) rollup = filter.carriers.length > 0 ? rollup.where('carrier', 'in', [...filter.carriers]) : rollup.where(sql<SqlBool>`false`);
      return Number((await rollup.executeTakeFirstOrThrow()).count);
    }
    const row = await this.db.selectFrom('fleet_card').select(sql<number>`count(*)::int`.as('count')).where(filterWhere(filter)).executeTakeFirstOrThrow();
    return Number(row.count);
  }

  summary(filter: FleetFilter, signal?: AbortSignal): Promise<FleetSummary> {
    return guarded('summary', signal, async () => {
      const groups = isEmptyFilter(filter) ? await this.rollupGroups() : await this.scannedGroups(filter);
      return foldSummary(groups);
    });
  }

  /** The whole fleet from the trigger-kept rollup (`migrations/0002`) and three index probes. */
  private async rollupGroups(): Promise<SummaryGroup[]> {
    const month = currentShanghaiMonth();
    const [groups, oldest] = await Promise.all([
      this.db
        .selectFrom('fleet_rollup')
        .where(sql<SqlBool>`cards > 0`)
        .select([
          'state',
          'carrier',
          sql<number>`sum(cards)::float8`.as('count'),
          sql<number>`(sum(cards) FILTER (WHERE band >= 1))::float8`.as('at80'),
          sql<number>`(sum(cards) FILTER (WHERE band = 2))::float8`.as('at100'),
          sql<number>`coalesce(sum(used_kb) FILTER (WHERE usage_month = ${month}), 0)::float8`.as('usedKb'),
        ])
        .groupBy(['state', 'carrier'])
        .execute(),
      sql<{ oldest: Date | null }>`SELECT least(
          (SELECT inventory_synced_at FROM fleet_card ORDER BY inventory_synced_at LIMIT 1),
          (SELECT status_synced_at FROM fleet_card WHERE status_synced_at IS NOT NULL ORDER BY status_synced_at NULLS FIRST LIMIT 1),
          (SELECT usage_synced_at FROM fleet_card WHERE usage_synced_at IS NOT NULL ORDER BY usage_synced_at NULLS FIRST LIMIT 1)
        ) AS oldest`.execute(this.db),
    ]);
    const first = groups[0];
    return first ? [{ ...first, oldest: oldest.rows[0]?.oldest ?? null }, ...groups.slice(1).map((group) => ({ ...group, oldest: null }))] : [];
  }

  private async scannedGroups(filter: FleetFilter): Promise<SummaryGroup[]> {
    // One scan grouped by (state, carrier): at most 9 × 4 groups, folded by foldSummary.
    return this.db
      .selectFrom('fleet_card')
      .where(filterWhere(filter))
      .select([
        sql<string>`coalesce(state, 'UNKNOWN')`.as('state'),
        'carrier',
        sql<number>`count(*)::int`.as('count'),
        sql<number>`count(*) FILTER (WHERE usage_percent >= 80)::int`.as('at80'),
        sql<number>`count(*) FILTER (WHERE usage_percent >= 100)::int`.as('at100'),
        sql<number>`coalesce(sum(used_kb) FILTER (WHERE usage_month = ${currentShanghaiMonth()}), 0)::float8`.as('usedKb'),
        sql<Date | null>`min(least(inventory_synced_at, status_synced_at, usage_synced_at))`.as('oldest'),
      ])
      .groupBy([sql`1`, sql`2`])
      .execute();
  }

  rows(iccids: readonly string[], signal?: AbortSignal): Promise<Map<string, FleetRow>> {
    return guarded('read', signal, async () => {
      const found = new Map<string, FleetRow>();
      for (const chunk of chunks([...new Set(iccids)], READ_CHUNK)) {
        const records = await this.db.selectFrom('fleet_card').selectAll().where('iccid', '=', sql<string>`ANY(${chunk}::text[])`).execute();
        for (const record of records) found.set(record.iccid, toFleetRow(record));
      }
      return found;
    });
  }

  stalest(kind: 'status' | 'usage', limit: number, carriers?: readonly KnownCarrier[]): Promise<string[]> {
    const column = kind === 'status' ? 'status_synced_at' : 'usage_synced_at';
    return guarded('stalest read', undefined, async () => {
      let query = this.db.selectFrom('fleet_card').select('iccid');
      if (carriers !== undefined) query = carriers.length > 0 ? query.where('carrier', 'in', [...carriers]) : query.where(sql<boolean>`false`);
      const records = await query.orderBy(sql`${sql.ref(column)} NULLS FIRST`).orderBy('iccid').limit(Math.max(0, limit)).execute();
      return records.map((record) => record.iccid);
    });
  }

  getSyncState(key: string): Promise<string | undefined> {
    return guarded('sync state read', undefined, async () => {
      const row = await this.db.selectFrom('fleet_sync_state').select('value').where('key', '=', key).executeTakeFirst();
      return row?.value;
    });
  }

  setSyncState(key: string, value: string): Promise<void> {
    return guarded('sync state write', undefined, async () => {
      await this.db
        .insertInto('fleet_sync_state')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: sql`now()` }))
        .execute();
    });
  }

  withSyncLease<T>(work: () => Promise<T>): Promise<T | undefined> {
    // Only taking the lease is the store's failure; an error of `work` is the caller's and passes as is.
    let inWork = false;
    return this.lease
      .run(() => {
        inWork = true;
        return work();
      })
      .catch((error: unknown) => {
        if (inWork) throw error;
        return guarded('sync lease', undefined, () => Promise.reject(error));
      });
  }

  ping(signal?: AbortSignal): Promise<void> {
    return guarded('ping', signal, async () => {
      await sql`SELECT 1`.execute(this.db);
    });
  }

  close(): Promise<void> {
    return guarded('close', undefined, () => this.db.destroy());
  }
}

/**
 * Status readings as one UPDATE per chunk. A reading older than the stored one (the inventory's
 * stored status after a live read) is dropped; `state_changed_at` moves only when the state does.
 * Cards not in the inventory are not created: the sync writes the inventory first.
 */
async function writeStatuses(db: Kysely<FleetDatabase>, readings: readonly FleetStatusReading[]): Promise<void> {
  for (const chunk of chunks(readings, WRITE_CHUNK)) {
    const column = <T>(pick: (reading: FleetStatusReading) => T) => chunk.map(pick);
    await sql`
      UPDATE fleet_card AS c SET
        state = v.state, suspend_reason = v.suspend_reason, barring = v.barring,
        status_source = v.source, status_carrier = v.carrier, status_code = v.code, status_label = v.label,
        stop_reason = v.stop_reason, status_checked_at = v.checked_at, status_synced_at = v.synced_at,
        state_changed_at = CASE WHEN c.state IS DISTINCT FROM v.state OR c.state_changed_at IS NULL THEN v.checked_at ELSE c.state_changed_at END
      FROM unnest(
        ${column((r) => r.iccid)}::text[], ${column((r) => r.status.state)}::text[],
        ${column((r) => r.status.suspendReason ?? null)}::text[], ${column((r) => r.status.barring ?? null)}::text[],
        ${column((r) => r.status.raw.source)}::text[], ${column((r) => r.status.raw.carrier)}::text[],
        ${column((r) => r.status.raw.code)}::text[], ${column((r) => r.status.raw.label)}::text[],
        ${column((r) => r.status.raw.stopReason ?? null)}::text[], ${column((r) => r.status.checkedAt)}::timestamptz[],
        ${column((r) => r.syncedAt.toISOString())}::timestamptz[]
      ) AS v(iccid, state, suspend_reason, barring, source, carrier, code, label, stop_reason, checked_at, synced_at)
      WHERE c.iccid = v.iccid AND (c.status_checked_at IS NULL OR v.checked_at >= c.status_checked_at)
    `.execute(db);
  }
}

interface SummaryGroup {
  state: string;
  carrier: string;
  count: number | string;
  at80: number | string | null;
  at100: number | string | null;
  usedKb: number | string;
  oldest: Date | string | null;
}

function isEmptyFilter(filter: FleetFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}

function foldSummary(groups: readonly SummaryGroup[]): FleetSummary {
  const byState = new Map<CardState, number>();
  const byCarrier = new Map<Carrier, number>();
  const summary: FleetSummary = { total: 0, byState: [], byCarrier: [], atOrAbove80Percent: 0, atOrAbove100Percent: 0, usedKbThisMonth: 0, oldestSyncedAt: null };
  for (const group of groups) {
    const count = Number(group.count);
    summary.total += count;
    byState.set(group.state as CardState, (byState.get(group.state as CardState) ?? 0) + count);
    byCarrier.set(group.carrier as Carrier, (byCarrier.get(group.carrier as Carrier) ?? 0) + count);
    summary.atOrAbove80Percent += Number(group.at80 ?? 0);
    summary.atOrAbove100Percent += Number(group.at100 ?? 0);
    summary.usedKbThisMonth += Number(group.usedKb);
    const oldest = group.oldest === null ? null : new Date(group.oldest);
    if (oldest !== null && (summary.oldestSyncedAt === null || oldest < summary.oldestSyncedAt)) summary.oldestSyncedAt = oldest;
  }
  summary.byState = [...byState].map(([state, count]) => ({ state, count })).sort((a, b) => b.count - a.count || a.state.localeCompare(b.state));
  summary.byCarrier = [...byCarrier].map(([carrier, count]) => ({ carrier, count })).sort((a, b) => b.count - a.count || a.carrier.localeCompare(b.carrier));
  return summary;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
