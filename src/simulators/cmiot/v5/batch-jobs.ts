import type { SimCard } from '../../fleet/types';
import type { CardChanges, ChangeRefusal } from '../card-changes';
import { OK_MESSAGE, type ResultItem } from '../envelope';
import type { OperMove } from '../oper-types';
import type { IdKind } from '../selectors';
import { formatCompact } from '../../shared/time';
import { V5_CODES } from './codes';

/**
 * Batch status-change jobs (`cmiot.md` §3.6, §7.8). A job reads `0` (queued) for one
 * `jobStepMs`, `1` (running) for the next, then completes: the cards change at that moment and
 * the job reads `2` (all succeeded) or `3` (some items failed). With the failure knob it reads
 * `4` and changes nothing. Completion runs on a timer and, whichever comes first, on the next
 * request (`settleDue`), so an injected clock sees the same story.
 */
export interface JobItem {
  kind: IdKind;
  value: string;
  card: SimCard | undefined;
}

interface Job {
  id: string;
  createdAt: number;
  stepMs: number;
  completesAt: number;
  fails: boolean;
  items: JobItem[];
  move: OperMove;
  outcome?: { jobStatus: '2' | '3' | '4'; resultList?: ResultItem[] };
  timer?: NodeJS.Timeout;
}

export interface JobView {
  jobStatus: string;
  resultList?: ResultItem[];
}

/** `resultType` `1` = msisdn (§3.6); `2`/`3` for iccid/imsi requests (DECISION). */
const RESULT_TYPE: Record<IdKind, string> = { msisdn: '1', iccid: '2', imsi: '3' };

const REFUSAL_CODE: Record<ChangeRefusal, { status: string; message: string }> = {
  COOLDOWN: V5_CODES.cooldown,
  INVALID_STATE: V5_CODES.wrongState,
  RESUME_NOT_ALLOWED: V5_CODES.resumeNotAllowed,
};

/** Finished jobs kept for `sim-batch-result`; the oldest go first beyond this. */
const MAX_JOBS = 10_000;

export class BatchJobs {
  private readonly jobs = new Map<string, Job>();
  /** Jobs not completed yet: `settleDue` runs on every request and looks only at these. */
  private readonly pending = new Set<Job>();
  private sequence = 0;

  constructor(
    private readonly changes: CardChanges,
    private readonly now: () => number,
  ) {}

  create(items: JobItem[], move: OperMove, stepMs: number, fails: boolean): string {
    const created = this.now();
    this.sequence += 1;
    const id = `${formatCompact(created)}${String(this.sequence).padStart(6, '0')}`;
    const job: Job = { id, createdAt: created, stepMs, completesAt: created + 2 * stepMs, fails, items, move };
    this.schedule(job, 2 * stepMs);
    this.jobs.set(id, job);
    this.pending.add(job);
    this.prune();
    return id;
  }

  /**
   * A timer for `job`'s completion. A timer may fire a millisecond before the clock reads its time
   * (timers run on a monotonic clock, `Date.now` on the wall clock): a job not yet due then gets
   * another timer, so it never waits for a request that may not come.
   */
  private schedule(job: Job, delayMs: number): void {
    job.timer = setTimeout(() => {
      this.settleDue();
      if (this.pending.has(job)) this.schedule(job, Math.max(1, job.completesAt - this.now()));
    }, Math.max(0, delayMs));
    job.timer.unref();
  }

  /** Completes every job whose time has come. */
  settleDue(): void {
    if (this.pending.size === 0) return;
    const now = this.now();
    for (const job of this.pending) {
      if (now >= job.completesAt) this.complete(job);
    }
  }

  view(jobId: string): JobView | undefined {
    this.settleDue();
    const job = this.jobs.get(jobId);
    if (!job) return undefined;
    if (job.outcome) return job.outcome;
    return { jobStatus: this.now() < job.createdAt + job.stepMs ? '0' : '1' };
  }

  clear(): void {
    for (const job of this.jobs.values()) clearTimeout(job.timer);
    this.jobs.clear();
    this.pending.clear();
  }

  private prune(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= MAX_JOBS) return;
      if (job.outcome) this.jobs.delete(id);
    }
  }

  private complete(job: Job): void {
    clearTimeout(job.timer);
    this.pending.delete(job);
    if (job.fails) {
      job.outcome = { jobStatus: '4' };
      return;
    }
    const resultList = job.items.map((item) => this.applyItem(item, job.move, job.completesAt));
    const allOk = resultList.every((r) => r.status === '0');
    job.outcome = { jobStatus: allOk ? '2' : '3', resultList };
  }

  private applyItem(item: JobItem, move: OperMove, at: number): ResultItem {
    const base = { resultType: RESULT_TYPE[item.kind], resultId: item.value };
    if (!item.card) {
      return { status: V5_CODES.unknownCard.status, message: V5_CODES.unknownCard.message, ...base };
    }
    const refused = this.changes.apply(item.card, move, at);
    const code = refused ? REFUSAL_CODE[refused] : { status: '0', message: OK_MESSAGE };
    return { status: code.status, message: code.message, ...base };
  }
}
