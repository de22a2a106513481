import { kbToMb } from '../../domain';
import type { FleetPage, FleetRow, FleetSummary as StoreSummary } from '../../fleet-store/fleet-store';
import type { FleetConnection, FleetEdge } from './fleet-connection.type';
import { encodeFleetCursor } from './fleet-cursor';
import type { FleetSummary } from './fleet-summary.type';

/** The store's page as the GraphQL connection; `after` given means a page comes before. */
export function toFleetConnection(page: FleetPage, digest: string, after: string | undefined): FleetConnection {
  const edges = page.rows.map((row, index): FleetEdge => toEdge(row, encodeFleetCursor(digest, page.cursors[index] ?? '')));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    oldestSyncedAt: oldest(edges.map((edge) => edge.syncedAt)),
  };
}

function toEdge(row: FleetRow, cursor: string): FleetEdge {
  return {
    cursor,
    node: row.card,
    syncedAt: syncedAt(row),
    inventorySyncedAt: row.inventorySyncedAt,
    statusSyncedAt: row.statusSyncedAt,
    usageSyncedAt: row.usageSyncedAt,
    usagePercent: row.usagePercent,
  };
}

/** The oldest of a row's reading times: the edge is as old as its stalest part. */
export function syncedAt(row: FleetRow): Date {
  return oldest([row.inventorySyncedAt, row.statusSyncedAt, row.usageSyncedAt]) ?? row.inventorySyncedAt;
}

function oldest(times: readonly (Date | null)[]): Date | null {
  let found: Date | null = null;
  for (const time of times) if (time && (!found || time.getTime() < found.getTime())) found = time;
  return found;
}

export function toFleetSummary(summary: StoreSummary): FleetSummary {
  return {
    total: summary.total,
    byState: summary.byState.map(({ state, count }) => ({ state, count })),
    byCarrier: summary.byCarrier.map(({ carrier, count }) => ({ carrier, count })),
    atOrAbove80Percent: summary.atOrAbove80Percent,
    atOrAbove100Percent: summary.atOrAbove100Percent,
    usedKBThisMonth: summary.usedKbThisMonth,
    usedMBThisMonth: kbToMb(summary.usedKbThisMonth),
    oldestSyncedAt: summary.oldestSyncedAt,
  };
}
