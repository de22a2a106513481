import type { CardChangeJob } from '../../domain';
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
    return toCardChangeJob(jobId, await this.transport.readOne('query/sim-batch-result', { jobId }, batchJobResult));
  }
}
