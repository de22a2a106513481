import type { Selectable } from 'kysely';
import {
  formatShanghaiIso,
  type Barring,
  type Card,
  type CardState,
  type CardStatus,
  type CardUsage,
  type Carrier,
  type LiveSource,
  type StatusSource,
  type SuspendReason,
} from '../domain';
import type { FleetCardTable } from './database';
import type { FleetInventoryRow, FleetRow } from './fleet-store';

/** The domain's model ↔ one `fleet_card` row. Times go out as ISO-8601 `+08:00` (ARCHITECTURE.md). */

export type FleetCardRecord = Selectable<FleetCardTable>;

export function toFleetRow(r: FleetCardRecord): FleetRow {
  const card: Card = { iccid: r.iccid, msisdn: r.msisdn, imsi: r.imsi, carrier: r.carrier as Carrier };
  if (r.has_inventory) {
    card.inventory = {
      type: r.type_id === null ? null : { id: r.type_id, name: r.type_name ?? '' },
      category: r.category_id === null ? null : { id: r.category_id, name: r.category_name ?? '' },
      tags: r.tags,
      remark: r.remark,
      packageName: r.package_name,
      openedAt: iso(r.opened_at),
      activatedAt: iso(r.activated_at),
      expiresAt: iso(r.expires_at),
      realName: r.real_name,
    };
  }
  return {
    card,
    status: toStatus(r),
    statusSyncedAt: date(r.status_synced_at),
    stateChangedAt: date(r.state_changed_at),
    usage: toUsage(r),
    usageSyncedAt: date(r.usage_synced_at),
    usagePercent: r.usage_percent === null ? null : Number(r.usage_percent),
    inventorySyncedAt: date(r.inventory_synced_at) as Date,
  };
}

function toStatus(r: FleetCardRecord): CardStatus | null {
  if (r.state === null || r.status_checked_at === null) return null;
  const status: CardStatus = {
    state: r.state as CardState,
    raw: {
      source: r.status_source as StatusSource,
      carrier: (r.status_carrier ?? r.carrier) as Carrier,
      code: r.status_code ?? '',
      label: r.status_label ?? '',
    },
    checkedAt: iso(r.status_checked_at) as string,
  };
  if (r.stop_reason !== null) status.raw.stopReason = r.stop_reason;
  if (r.suspend_reason !== null) status.suspendReason = r.suspend_reason as SuspendReason;
  if (r.barring !== null) status.barring = r.barring as Barring;
  return status;
}

function toUsage(r: FleetCardRecord): CardUsage | null {
  if (r.usage_month === null || r.used_kb === null) return null;
  return {
    month: r.usage_month,
    usedKb: Number(r.used_kb),
    quotaKb: r.quota_kb === null ? null : Number(r.quota_kb),
    remainingKb: r.remaining_kb === null ? null : Number(r.remaining_kb),
    asOf: iso(r.usage_as_of) as string,
    source: r.usage_source as LiveSource,
  };
}

/** The inventory columns of one `flowcard-get` row (status columns are written separately). */
export function inventoryValues(row: FleetInventoryRow, syncedAt: Date) {
  const { card } = row;
  const inventory = card.inventory;
  return {
    iccid: card.iccid,
    msisdn: card.msisdn,
    imsi: card.imsi,
    carrier: card.carrier,
    has_inventory: inventory !== undefined,
    type_id: inventory?.type?.id ?? null,
    type_name: inventory?.type?.name ?? null,
    category_id: inventory?.category?.id ?? null,
    category_name: inventory?.category?.name ?? null,
    tags: inventory?.tags ?? [],
    remark: inventory?.remark ?? null,
    package_name: inventory?.packageName ?? null,
    opened_at: inventory?.openedAt ?? null,
    activated_at: inventory?.activatedAt ?? null,
    expires_at: inventory?.expiresAt ?? null,
    real_name: inventory?.realName ?? null,
    inventory_synced_at: syncedAt,
  };
}

export const INVENTORY_COLUMNS = [
  'msisdn',
  'imsi',
  'carrier',
  'has_inventory',
  'type_id',
  'type_name',
  'category_id',
  'category_name',
  'tags',
  'remark',
  'package_name',
  'opened_at',
  'activated_at',
  'expires_at',
  'real_name',
  'inventory_synced_at',
] as const;

function date(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

function iso(value: Date | string | null): string | null {
  const d = date(value);
  return d === null ? null : formatShanghaiIso(d.getTime());
}
