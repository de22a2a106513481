import type { CardChangeJob } from '../../domain';
import { isUpstreamError, UpstreamError } from '../errors';
import { firstResult } from './envelope';
import { toCardChangeJob } from './mapper-changes';
import { CMIOT_LIMITS } from './limits';
import type { CmiotTransport } from './transport';
import { batchJob, batchJobResult } from './wire';

/** Status changes of China Mobile cards (`cmiot.md` §3.4-3.6). */
export class CmiotChanges {
  constructor(private readonly transport: CmiotTransport) {}

  /**
   * `change/sim-status/batch` (23S06): stop (`9`) or resume (`11`) up to 100 cards, `reason=01`.
   * Sent exactly once: a resend after a lost answer would hit the cooldown and refuse the whole
   * batch (`cmiot.md` §8.9); the outcome is read back with `batchResult`.
   */
  async changeStatusBatch(msisdns: readonly string[], action: 'SUSPEND' | 'RESUME'): Promise<string> {
    if (msisdns.length === 0 || msisdns.length > CMIOT_LIMITS.statusChange) {
      throw new RangeError(`change/sim-status/batch takes 1 to ${CMIOT_LIMITS.statusChange} cards`);
    }
    const params = { msisdns: msisdns.join('_'), operType: action === 'SUSPEND' ? '9' : '11', reason: '01' };
    const answer = await this.transport.write('change/sim-status/batch', params);
    return firstResult(answer, batchJob, 'change/sim-status/batch').jobId;
  }

  /** `query/sim-batch-result` (23M10): the job's state and per-card outcomes. */
  async batchResult(jobId: string): Promise<CardChangeJob> {
    try {
      return toCardChangeJob(jobId, await this.transport.readOne('query/sim-batch-result', { jobId }, batchJobResult));
    } catch (error) {
      throw unknownJob(error, jobId);
    }
  }
}

/**
 * CMIOT has no "no such job" code: a `jobId` it does not know is refused as a bad parameter
 * (`11000` 请求参数错误), the only parameter being the id. The schema checked its form before
 * the call (`cardChangeJob`), so the refusal means the job is unknown (or expired): NOT_FOUND
 * naming it, CMIOT's code and message kept beside it.
 */
function unknownJob(error: unknown, jobId: string): unknown {
  if (!isUpstreamError(error) || (error.code !== 'NOT_FOUND' && error.upstreamCode !== '11000')) return error;
  return new UpstreamError({
    upstream: error.upstream,
    code: 'NOT_FOUND',
    message: `No card change job ${jobId}: CMIOT does not know it, or no longer keeps it`,
    upstreamCode: error.upstreamCode,
    upstreamMessage: error.upstreamMessage,
    retryable: false,
  });
}
