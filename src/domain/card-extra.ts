/**
 * China Mobile-only card reads of CMIOT v5 (`upstreams/cmiot.md` §3.3) that Shingsou has no
 * counterpart for: power state and daily usage.
 */

/** `query/on-off-status` (25M00): `1` 开机 → ON, `0` 关机 → OFF. */
export type PowerState = 'ON' | 'OFF';

/** Data used on one Shanghai calendar day (`query/sim-data-usage-daily/batch`, 25U01). */
export interface CardDailyUsage {
  /** `yyyy-MM-dd`, Asia/Shanghai. */
  date: string;
  usedKb: number;
}
