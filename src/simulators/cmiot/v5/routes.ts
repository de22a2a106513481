import type { V5Handler } from './call';
import { simBasicInfo, simCardInfoBatch, simPlatformBatch, simStatus, simStopReason } from './status-queries';

/**
 * v5 business routes by route id (`v5/<group>/<name>`, `src/simulators/README.md`).
 * `v5/get/token` is not here: it needs no token (`router.ts`).
 */
export const V5_ROUTES: ReadonlyMap<string, V5Handler> = new Map<string, V5Handler>([
  ['v5/query/sim-status', simStatus],
  ['v5/query/sim-platform/batch', simPlatformBatch],
  ['v5/query/sim-card-info/batch', simCardInfoBatch],
  ['v5/query/sim-basic-info', simBasicInfo],
  ['v5/query/sim-stop-reason', simStopReason],
]);
