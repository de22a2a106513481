import { inCooldown } from '../../fleet/state-change';
import type { ChangeRefusal } from '../card-changes';
import { ok, type Envelope } from '../envelope';
import {
  BATCH_OPER_TYPES,
  lookupOperType,
  REASON_REQUIRED,
  SINGLE_OPER_TYPES,
  UNSUPPORTED_BATCH_OPER_TYPES,
} from '../oper-types';
import { formatCompact } from '../../shared/time';
import type { V5Call, V5Handler } from './call';
import { V5_BATCH_LIMIT, withBatch } from './batch-cards';
import { v5Failure, type V5Code } from './codes';
import { withSingleCard } from './single-card';

/** v5 status changes (`cmiot.md` §3.4–§3.6, §7.8). */

const REFUSAL: Record<ChangeRefusal, V5Code> = {
  COOLDOWN: 'cooldown',
  INVALID_STATE: 'wrongState',
  RESUME_NOT_ALLOWED: 'resumeNotAllowed',
};

/** Process-wide, so order numbers stay unique across servers sharing one fleet. */
let orderSequence = 0;

/**
 * 23S03: applied at once (§3.3 DECISION). `orderNum` identifies the order; the id key echoes
 * the one the request used.
 */
export const changeSimStatus: V5Handler = (call) =>
  withSingleCard(call, (card) => {
    const move = lookupOperType(SINGLE_OPER_TYPES, call.params.get('operType') ?? '');
    if (!move) return v5Failure('badRequest');
    const now = call.ctx.now();
    const refused = call.ctx.changes.apply(card, move, now);
    if (refused) return v5Failure(REFUSAL[refused]);
    orderSequence += 1;
    const key = (['msisdn', 'iccid', 'imsi'] as const).find((k) => call.params.has(k)) ?? 'msisdn';
    return ok([{ [key]: card[key], orderNum: `${formatCompact(now)}${String(orderSequence).padStart(6, '0')}` }]);
  });

/**
 * 23S06: validates, refuses the whole batch when any known card is inside its cooldown for
 * this kind of change (`12036`, nothing changes), else queues a job (`batch-jobs.ts`). Batch
 * `8`/`10` (暂不支持) are refused with `12089` (DECISION: the move is never allowed).
 */
export const changeSimStatusBatch: V5Handler = (call) =>
  withBatch(call, V5_BATCH_LIMIT, (entries) => {
    const operType = call.params.get('operType') ?? '';
    if (UNSUPPORTED_BATCH_OPER_TYPES.has(operType)) return v5Failure('wrongState');
    const move = lookupOperType(BATCH_OPER_TYPES, operType);
    if (!move) return v5Failure('badRequest');
    if (REASON_REQUIRED.has(operType) && call.params.get('reason') !== '01') {
      return v5Failure('badRequest');
    }
    const { ctx } = call;
    ctx.jobs.settleDue();
    const knobs = ctx.knobs();
    const now = ctx.now();
    const cooldownMs = ctx.cooldownMs();
    const cooling = entries.some(
      (e) => e.card !== undefined && inCooldown(e.card, move.request.kind, now, cooldownMs),
    );
    if (cooling) return v5Failure('cooldown');
    const jobId = ctx.jobs.create(entries, move, knobs.jobStepMs, knobs.batchJobFails);
    return ok([{ jobId }]);
  });

/** 23M10: `jobStatus` with `resultList` only once the job is done (§3.6). */
export const simBatchResult: V5Handler = (call: V5Call): Envelope => {
  const jobId = call.params.get('jobId') ?? '';
  if (jobId === '') return v5Failure('badRequest');
  const view = call.ctx.jobs.view(jobId);
  return view ? ok([{ ...view }]) : v5Failure('badRequest');
};
