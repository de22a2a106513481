/**
 * Every upstream endpoint the loaders call, with the most keys one call may carry: the one
 * table `maxBatchSize` comes from (STYLE.md "batch at the upstream's real batch endpoint with its
 * own limit, from one table"). Single-card endpoints carry 1 key per call; their loaders fan out
 * under the per-upstream bulkhead of `http.ts` (`cmiot.md` §8.8, `shingsou.md` §8.6).
 */
export const BATCH_LIMITS = {
  /** Shingsou `flowcard-get?cardNos=` (`shingsou.md` §3, §8.6). */
  shingsouFlowcardGet: 100,
  /** CMIOT v5 `query/sim-card-info/batch` (`cmiot.md` §5). */
  cmiotCardInfo: 100,
  /** CMIOT v5 `query/sim-data-usage-monthly/batch`. */
  cmiotUsageMonthly: 100,
  /** CMIOT v5 `query/sim-platform/batch` (`cmiot.md` §3.3, §5). */
  cmiotPlatform: 100,
  /** CMIOT v5 `query/sim-data-usage-daily/batch` (`cmiot.md` §3.3, §5). */
  cmiotUsageDaily: 100,
  /** CMIOT v5 `query/last-position-location/batch`: the small batch (`cmiot.md` §5). */
  cmiotLocation: 20,
  /** CMIOT v5 `query/group-member` page size (`cmiot.md` §5, §8.6). */
  cmiotGroupMemberPage: 50,
  /** CMIOT v2 API2022 `arrearageuserinfo` page size (`cmiot.md` §5). */
  cmiotArrearsPage: 20,
  /**
   * Single-card endpoints: Shingsou `flowcard-status`/`-data`/`-location`, CMIOT `sim-status`,
   * `sim-stop-reason`, `sim-session`, `sim-real-name-status`, `ordered-offerings`, `balance-info`.
   */
  singleCard: 1,
} as const;
