/**
 * CMIOT's batch limits (`cmiot.md` §5): the most identifiers one call may carry, or the largest
 * page. The one table for this upstream: the client checks its arguments against it, the loaders
 * take their `maxBatchSize` from it and demand control costs fields with it (STYLE.md "batch at
 * the upstream's real batch endpoint with its own limit, from one table").
 */
export const CMIOT_LIMITS = {
  /** v5 `query/sim-card-info/batch`. */
  cardInfo: 100,
  /** v5 `query/sim-data-usage-monthly/batch`. */
  usageMonthly: 100,
  /** v5 `query/sim-platform/batch` (`cmiot.md` §3.3). */
  platform: 100,
  /** v5 `query/sim-data-usage-daily/batch` (`cmiot.md` §3.3). */
  usageDaily: 100,
  /** v5 `query/last-position-location/batch`: the small batch. */
  location: 20,
  /** v5 `change/sim-status/batch`: per request and per batch job (`cmiot.md` §8.9). */
  statusChange: 100,
  /** v5 `query/group-member` page size (`cmiot.md` §8.6). */
  groupMemberPage: 50,
  /** v2 API2022 `arrearageuserinfo` page size. */
  arrearsPage: 20,
} as const;
