import type { CardChangeRefusal } from './card-change';

/**
 * A CMIOT batch status-change job (`cmiot.md` §3.6), in our words. The raw `jobStatus` (`0`–`4`)
 * travels beside the normalized one, as raw status codes do.
 */
export const CardChangeJobStatus = {
  /** `0` 待处理. */
  QUEUED: 'QUEUED',
  /** `1` 处理中. */
  RUNNING: 'RUNNING',
  /** `2` 处理完成: every card changed. */
  SUCCEEDED: 'SUCCEEDED',
  /** `3` 包含有处理失败记录的处理完成: done, some cards refused (see the items). */
  PARTLY_FAILED: 'PARTLY_FAILED',
  /** `4` 处理失败: the job failed and changed nothing. */
  FAILED: 'FAILED',
  /** A `jobStatus` outside the contract's table; kept raw. */
  UNKNOWN: 'UNKNOWN',
} as const;
export type CardChangeJobStatus = (typeof CardChangeJobStatus)[keyof typeof CardChangeJobStatus];

/** One card of a finished job, identified as the job reports it (an MSISDN for our batches). */
export interface CardChangeJobItem {
  msisdn: string;
  ok: boolean;
  refusal?: CardChangeRefusal;
  upstreamCode?: string;
  upstreamMessage?: string;
}

export interface CardChangeJob {
  id: string;
  status: CardChangeJobStatus;
  /** `jobStatus` exactly as received. */
  rawStatus: string;
  /** True once the job will not change any more (`2`, `3`, `4`). */
  done: boolean;
  /** Per-card outcomes; `null` until the job is done, and for a failed job (§3.6). */
  items: CardChangeJobItem[] | null;
}
