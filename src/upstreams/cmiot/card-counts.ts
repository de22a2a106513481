import type { LifecycleCounts } from '../../domain';
import { badResponse, firstResult } from './envelope';
import { toLifecycleCounts } from './mapper-v2-group';
import type { CmiotV2Transport } from './v2-transport';
import { cardCount } from './wire-v2-group';

/** The customer's China Mobile cards counted by the platform (`cmiot.md` §2.2, v2). */
export class CmiotCardCounts {
  constructor(private readonly v2: CmiotV2Transport) {}

  /** `querycardcount`: cards per v2 lifecycle (§6.3), one call for the whole fleet. */
  async byLifecycle(): Promise<LifecycleCounts> {
    const answer = await this.v2.read('querycardcount', {});
    const counts = toLifecycleCounts(firstResult(answer, cardCount, 'v2/querycardcount'));
    if (!counts) throw badResponse('v2/querycardcount');
    return counts;
  }
}
