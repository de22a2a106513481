import { CardChangeJobStatus, type CardChangeJob, type CardChangeJobItem, type CardChangeRefusal } from '../../domain';
import type { BatchJobResultDto } from './wire';

/** CMIOT status-change answers to domain objects (`cmiot.md` §3.5-3.6, §4). */

/** Per-card and whole-batch refusals of `change/sim-status/batch` (`card-status.md` §5.1). */
const REFUSALS: Readonly<Record<string, CardChangeRefusal>> = {
  '12010': 'NOT_FOUND',
  '12089': 'INVALID_STATE',
  '12098': 'RESUME_NOT_ALLOWED',
  '12036': 'COOLDOWN',
};

/** Our reason for a CMIOT refusal code; `OTHER` for codes outside the table. */
export function cmiotChangeRefusal(status: string): CardChangeRefusal {
  return REFUSALS[status] ?? 'OTHER';
}

const JOB_STATUS: Readonly<Record<string, CardChangeJobStatus>> = {
  '0': CardChangeJobStatus.QUEUED,
  '1': CardChangeJobStatus.RUNNING,
  '2': CardChangeJobStatus.SUCCEEDED,
  '3': CardChangeJobStatus.PARTLY_FAILED,
  '4': CardChangeJobStatus.FAILED,
};

/** `resultList` is present only for `2` and `3` (§3.6); items map back by MSISDN, never by position. */
export function toCardChangeJob(id: string, dto: BatchJobResultDto): CardChangeJob {
  const status = JOB_STATUS[dto.jobStatus] ?? CardChangeJobStatus.UNKNOWN;
  const done = status === 'SUCCEEDED' || status === 'PARTLY_FAILED' || status === 'FAILED';
  const items = dto.resultList?.map((item): CardChangeJobItem => {
    if (item.status === '0') return { msisdn: item.resultId, ok: true };
    return { msisdn: item.resultId, ok: false, refusal: cmiotChangeRefusal(item.status), upstreamCode: item.status, upstreamMessage: item.message };
  });
  return { id, status, rawStatus: dto.jobStatus, done, items: done && items ? items : null };
}
