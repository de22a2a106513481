import type { V5Handler } from './call';
import { balanceInfo, lastPositionLocation, lastPositionLocationBatch, onOffStatus, simRealNameStatus, simSession } from './device-queries';
import { groupMember, orderedOfferings } from './offering-queries';
import { changeSimStatus, changeSimStatusBatch, simBatchResult } from './status-changes';
import { simBasicInfo, simCardInfoBatch, simPlatformBatch, simStatus, simStopReason } from './status-queries';
import { simDataUsage, simDataUsageDailyBatch, simDataUsageMonthlyBatch } from './usage-queries';

/**
 * v5 business routes by route id (`v5/<group>/<name>`, `src/simulators/README.md`;
 * `cmiot.md` §3.3). `v5/get/token` is not here: it needs no token (`router.ts`).
 */
export const V5_ROUTES: ReadonlyMap<string, V5Handler> = new Map<string, V5Handler>([
  ['v5/query/sim-status', simStatus],
  ['v5/query/sim-platform/batch', simPlatformBatch],
  ['v5/query/sim-card-info/batch', simCardInfoBatch],
  ['v5/query/sim-basic-info', simBasicInfo],
  ['v5/query/sim-stop-reason', simStopReason],
  ['v5/query/sim-data-usage', simDataUsage],
  ['v5/query/sim-data-usage-monthly/batch', simDataUsageMonthlyBatch],
  ['v5/query/sim-data-usage-daily/batch', simDataUsageDailyBatch],
  ['v5/query/sim-session', simSession],
  ['v5/query/on-off-status', onOffStatus],
  ['v5/query/sim-real-name-status', simRealNameStatus],
  ['v5/query/last-position-location', lastPositionLocation],
  ['v5/query/last-position-location/batch', lastPositionLocationBatch],
  ['v5/query/balance-info', balanceInfo],
  ['v5/query/ordered-offerings', orderedOfferings],
  ['v5/query/group-member', groupMember],
  ['v5/change/sim-status', changeSimStatus],
  ['v5/change/sim-status/batch', changeSimStatusBatch],
  ['v5/query/sim-batch-result', simBatchResult],
]);
