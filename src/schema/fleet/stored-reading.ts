import type { Card, CardStatus, CardUsage } from '../../domain';
import type { GatewayContext } from '../context';

/**
 * `Card.status(maxAge:)` and `Card.usage(maxAge:)` from the fleet store: the stored reading when
 * the sync (or a live read written back) took it less than `maxAge` seconds ago, `undefined`
 * otherwise, and the caller goes live. Freshness is measured from when we read it (`*SyncedAt`),
 * as the live cache measures from when it stored an answer; the answer itself still says when
 * the carrier gave it (`checkedAt`, `asOf`).
 *
 * Every card of a tick shares one `store.rows` (the request's `fleet.rows` loader); a store that
 * is down answers nothing here, so the reads go live.
 */
export async function storedStatus(ctx: GatewayContext, card: Card, maxAge: number): Promise<CardStatus | undefined> {
  const rows = ctx.fleet?.rows;
  if (!rows || maxAge === 0) return undefined;
  const row = await rows.load(card.iccid);
  return row?.status && isFresh(row.statusSyncedAt, maxAge) ? row.status : undefined;
}

/** The stored usage, only for the month the store keeps (the current one). */
export async function storedUsage(ctx: GatewayContext, card: Card, month: string, maxAge: number): Promise<CardUsage | undefined> {
  const rows = ctx.fleet?.rows;
  if (!rows || maxAge === 0) return undefined;
  const row = await rows.load(card.iccid);
  return row?.usage && row.usage.month === month && isFresh(row.usageSyncedAt, maxAge) ? row.usage : undefined;
}

function isFresh(syncedAt: Date | null, maxAge: number): boolean {
  return syncedAt !== null && Date.now() - syncedAt.getTime() <= maxAge * 1000;
}
