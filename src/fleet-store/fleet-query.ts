import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { FleetDatabase } from './database';
import { FleetCursorError, type FleetFilter, type FleetOrder, type FleetOrderField } from './fleet-store';

/**
 * `FleetFilter` → a WHERE clause, and `FleetOrder` + cursor → a keyset over `(key, iccid)` with
 * nulls last in both directions. Each is written once here and used by `page()`, `summary()` and
 * the counts.
 */

type Eb = ExpressionBuilder<FleetDatabase, 'fleet_card'>;

export function filterWhere(filter: FleetFilter) {
  return (eb: Eb): Expression<SqlBool> => {
    const and: Expression<SqlBool>[] = [];
    if (filter.states !== undefined) {
      // A card never read has no state: it is UNKNOWN to the caller, so the filter says so too.
      const states = [...filter.states];
      const known = states.length > 0 ? eb('state', 'in', states) : NOTHING;
      and.push(states.includes('UNKNOWN') ? eb.or([known, eb('state', 'is', null)]) : known);
    }
    if (filter.carriers !== undefined) and.push(filter.carriers.length > 0 ? eb('carrier', 'in', [...filter.carriers]) : NOTHING);
    if (filter.tags !== undefined) and.push(sql<SqlBool>`tags && ${sql.val([...filter.tags])}::text[]`);
    if (filter.typeIds !== undefined) and.push(filter.typeIds.length > 0 ? eb('type_id', 'in', [...filter.typeIds]) : NOTHING);
    if (filter.categoryIds !== undefined) and.push(filter.categoryIds.length > 0 ? eb('category_id', 'in', [...filter.categoryIds]) : NOTHING);
    if (filter.keyword !== undefined && filter.keyword !== '') {
      // Served by the pg_trgm GIN indexes from 3 characters on; shorter keywords scan.
      const pattern = `%${filter.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      and.push(eb.or([eb('iccid', 'ilike', pattern), eb('msisdn', 'ilike', pattern)]));
    }
    if (filter.usagePercentAtLeast !== undefined) and.push(eb('usage_percent', '>=', filter.usagePercentAtLeast));
    if (filter.expiresBefore !== undefined) and.push(eb('expires_at', '<', filter.expiresBefore));
    if (filter.realName !== undefined) and.push(eb('real_name', '=', filter.realName));
    return eb.and(and);
  };
}

/** `IN ()` is not SQL: an empty list matches nothing. */
const NOTHING = sql<SqlBool>`false`;

export type OrderColumn = 'usage_percent' | 'used_kb' | 'expires_at' | 'state_changed_at' | 'iccid';

export const ORDER_COLUMNS: Record<FleetOrderField, OrderColumn> = {
  USAGE_PERCENT: 'usage_percent',
  USED_KB: 'used_kb',
  EXPIRES_AT: 'expires_at',
  STATE_CHANGED_AT: 'state_changed_at',
  ICCID: 'iccid',
};

const TIME_COLUMNS = new Set<OrderColumn>(['expires_at', 'state_changed_at']);

/** The position of one row in an order: its key (null for the nulls-last segment) and its ICCID. */
export interface KeysetPosition {
  key: number | string | null;
  iccid: string;
}

/** Cursor = base64url of `[field, direction, key, iccid]`; the field and direction are checked on read. */
export function encodeCursor(order: FleetOrder, position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([order.field, order.direction, position.key, position.iccid])).toString('base64url');
}

export function decodeCursor(order: FleetOrder, cursor: string): KeysetPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new FleetCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw new FleetCursorError();
  const [field, direction, key, iccid] = parsed as unknown[];
  if (field !== order.field || direction !== order.direction || typeof iccid !== 'string') throw new FleetCursorError();
  const column = ORDER_COLUMNS[order.field];
  const validKey =
    key === null ||
    (TIME_COLUMNS.has(column) && typeof key === 'string' && !Number.isNaN(Date.parse(key))) ||
    ((column === 'usage_percent' || column === 'used_kb') && typeof key === 'number' && Number.isFinite(key)) ||
    (column === 'iccid' && typeof key === 'string');
  if (!validKey) throw new FleetCursorError();
  return { key: key as KeysetPosition['key'], iccid };
}

/** The key of a row as the cursor keeps it: numbers as numbers, times as ISO strings. */
export function keyOf(column: OrderColumn, value: unknown): KeysetPosition['key'] {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (TIME_COLUMNS.has(column)) return new Date(value as string).toISOString();
  if (column === 'iccid') return String(value);
  return Number(value);
}

/** Rows strictly after `key, iccid` in the non-null segment: `(key, iccid) > (k, i)` ascending, `<` descending. */
export function afterKey(column: OrderColumn, direction: FleetOrder['direction'], position: KeysetPosition) {
  const op = direction === 'ASC' ? sql.raw('>') : sql.raw('<');
  const key = TIME_COLUMNS.has(column) ? sql`${position.key}::timestamptz` : column === 'iccid' ? sql`${position.key}::text` : sql`${position.key}`;
  return sql<SqlBool>`(${sql.ref(column)}, iccid) ${op} (${key}, ${position.iccid}::text)`;
}
