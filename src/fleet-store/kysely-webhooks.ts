import { sql, type Kysely } from 'kysely';
import { CARD_EVENT_TYPES, type CardEventType, type Webhook, type WebhookDeliveryRecord } from '../domain';
import type { FleetDatabase } from './database';
import { filterFromJson, filterToJson, toCardEvent, type FleetEventRecord } from './event-mapping';
import { guarded } from './store-errors';
import type { ClaimedDelivery, DeliveryAttemptOutcome, WebhookInput, WebhookStore } from './webhook-store';

/** Every column but the secret, which only `claimDeliveries` reads. */
const WEBHOOK_COLUMNS = ['id', 'url', 'events', 'filter', 'enabled', 'disabled_reason', 'consecutive_failures', 'created_at', 'updated_at'] as const;

interface WebhookRecord {
  id: string | number;
  url: string;
  events: string[];
  filter: unknown;
  enabled: boolean;
  disabled_reason: string | null;
  consecutive_failures: number;
  created_at: Date;
  updated_at: Date;
}

function eventTypes(values: readonly string[]): CardEventType[] {
  return values.filter((value): value is CardEventType => (CARD_EVENT_TYPES as readonly string[]).includes(value));
}

function toWebhook(row: WebhookRecord): Webhook {
  return {
    id: String(row.id),
    url: row.url,
    events: eventTypes(row.events),
    filter: filterFromJson(row.filter),
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    consecutiveFailures: Number(row.consecutive_failures),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

const isId = (id: string) => /^\d{1,18}$/.test(id);

/** `WebhookStore` over Kysely, on PostgreSQL and PGlite alike. */
export class KyselyWebhooks implements WebhookStore {
  constructor(private readonly db: Kysely<FleetDatabase>) {}

  createWebhook(input: WebhookInput & { secret: string }): Promise<Webhook> {
    return guarded('webhook write', undefined, async () => {
      const row = await this.db
        .insertInto('webhook')
        .values({
          url: input.url,
          events: [...input.events],
          filter: filterToJson(input.filter),
          secret: input.secret,
          disabled_reason: null,
          first_failure_at: null,
        })
        .returning(WEBHOOK_COLUMNS)
        .executeTakeFirstOrThrow();
      return toWebhook(row as WebhookRecord);
    });
  }

  updateWebhook(id: string, patch: Partial<WebhookInput> & { enabled?: boolean }): Promise<Webhook | undefined> {
    return guarded('webhook write', undefined, async () => {
      if (!isId(id)) return undefined;
      const row = await this.db
        .updateTable('webhook')
        .set({
          ...(patch.url === undefined ? {} : { url: patch.url }),
          ...(patch.events === undefined ? {} : { events: [...patch.events] }),
          ...(patch.filter === undefined ? {} : { filter: filterToJson(patch.filter) }),
          // Enabling by hand starts a new failure run.
          ...(patch.enabled === undefined
            ? {}
            : patch.enabled
              ? {
                  enabled: true,
                  disabled_reason: null,
                  consecutive_failures: 0,
                  first_failure_at: null,
                }
              : { enabled: false }),
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .returning(WEBHOOK_COLUMNS)
        .executeTakeFirst();
      return row && toWebhook(row as WebhookRecord);
    });
  }

  deleteWebhook(id: string): Promise<boolean> {
    return guarded('webhook write', undefined, async () => {
      if (!isId(id)) return false;
      const result = await this.db.deleteFrom('webhook').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  webhooks(signal?: AbortSignal): Promise<Webhook[]> {
    return guarded('webhook read', signal, async () => {
      const rows = await this.db.selectFrom('webhook').select(WEBHOOK_COLUMNS).orderBy('id').execute();
      return rows.map((row) => toWebhook(row as WebhookRecord));
    });
  }

  webhookDeliveries(webhookId: string, page: { first: number; before?: string }, signal?: AbortSignal) {
    return guarded('webhook read', signal, async () => {
      if (!isId(webhookId) || (page.before !== undefined && !isId(page.before))) return { deliveries: [], hasNextPage: false };
      let select = this.db
        .selectFrom('webhook_delivery as d')
        .innerJoin('fleet_event as e', 'e.sequence', 'd.event_sequence')
        .select([
          'd.id',
          'd.webhook_id',
          'e.id as event_id',
          'e.type',
          'd.status',
          'd.attempts',
          'd.last_status',
          'd.last_error',
          'd.created_at',
          'd.next_attempt_at',
          'd.delivered_at',
        ])
        .where('d.webhook_id', '=', webhookId);
      if (page.before !== undefined) select = select.where('d.id', '<', page.before);
      const rows = await select
        .orderBy('d.id', 'desc')
        .limit(page.first + 1)
        .execute();
      const deliveries: WebhookDeliveryRecord[] = rows.slice(0, page.first).map((row) => ({
        id: String(row.id),
        webhookId: String(row.webhook_id),
        eventId: row.event_id,
        eventType: eventTypes([row.type])[0] ?? 'STATUS_CHANGED',
        status: row.status,
        attempts: Number(row.attempts),
        lastStatus: row.last_status,
        lastError: row.last_error,
        createdAt: new Date(row.created_at),
        nextAttemptAt: row.status === 'PENDING' && row.next_attempt_at ? new Date(row.next_attempt_at) : null,
        deliveredAt: row.delivered_at ? new Date(row.delivered_at) : null,
      }));
      return { deliveries, hasNextPage: rows.length > page.first };
    });
  }

  claimDeliveries(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return guarded('webhook claim', undefined, async () => {
      const { rows } = await sql<
        FleetEventRecord & {
          delivery_id: string | number;
          webhook_id: string | number;
          url: string;
          secret: string;
          attempts: number;
          first_attempt_at: Date;
          consecutive_failures: number;
          first_failure_at: Date | null;
        }
      >`
        WITH due AS (
          SELECT d.id FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
          WHERE d.status = 'PENDING' AND w.enabled AND d.next_attempt_at <= now()
            AND (d.claimed_until IS NULL OR d.claimed_until < now())
          ORDER BY d.next_attempt_at, d.id
          LIMIT ${limit}
          FOR UPDATE OF d SKIP LOCKED
        ), claimed AS (
          UPDATE webhook_delivery d SET
            claimed_until = now() + ${`${leaseMs} milliseconds`}::interval,
            attempts = d.attempts + 1,
            first_attempt_at = coalesce(d.first_attempt_at, now())
          FROM due WHERE d.id = due.id
          RETURNING d.id, d.webhook_id, d.event_sequence, d.attempts, d.first_attempt_at
        )
        SELECT c.id AS delivery_id, c.webhook_id, c.attempts, c.first_attempt_at, w.url, w.secret, w.consecutive_failures, w.first_failure_at,
               e.sequence, e.id, e.type, e.occurred_at, e.recorded_at, e.rule_id, e.card, e.detail
        FROM claimed c JOIN webhook w ON w.id = c.webhook_id JOIN fleet_event e ON e.sequence = c.event_sequence
        ORDER BY e.sequence
      `.execute(this.db);
      return rows.map((row) => ({
        deliveryId: String(row.delivery_id),
        webhookId: String(row.webhook_id),
        url: row.url,
        secret: row.secret,
        event: toCardEvent(row),
        attempt: Number(row.attempts),
        firstAttemptAt: new Date(row.first_attempt_at),
        consecutiveFailures: Number(row.consecutive_failures),
        firstFailureAt: row.first_failure_at ? new Date(row.first_failure_at) : null,
      }));
    });
  }

  recordDeliveryAttempt(deliveryId: string, outcome: DeliveryAttemptOutcome): Promise<void> {
    return guarded('webhook write', undefined, () =>
      this.db.transaction().execute(async (trx) => {
        const delivery = await trx
          .updateTable('webhook_delivery')
          .set(
            outcome.ok
              ? {
                  status: 'DELIVERED',
                  delivered_at: sql`now()`,
                  last_status: outcome.status,
                  last_error: null,
                  claimed_until: null,
                  next_attempt_at: null,
                }
              : {
                  status: outcome.nextAttemptAt ? 'PENDING' : 'FAILED',
                  last_status: outcome.status,
                  last_error: outcome.error,
                  claimed_until: null,
                  next_attempt_at: outcome.nextAttemptAt ?? null,
                },
          )
          .where('id', '=', deliveryId)
          .returning('webhook_id')
          .executeTakeFirst();
        if (!delivery) return;
        await trx
          .updateTable('webhook')
          .set(
            outcome.ok
              ? { consecutive_failures: 0, first_failure_at: null }
              : {
                  consecutive_failures: sql`consecutive_failures + 1`,
                  first_failure_at: sql`coalesce(first_failure_at, now())`,
                  ...(outcome.disable ? { enabled: false, disabled_reason: outcome.disable } : {}),
                },
          )
          .where('id', '=', delivery.webhook_id)
          .execute();
      }),
    );
  }
}
