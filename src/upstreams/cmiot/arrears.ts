import type { ArrearsPage } from '../../domain';
import { badResponse, firstResult } from './envelope';
import { toArrearsPage } from './mapper-v2-group';
import { CMIOT_LIMITS } from './limits';
import type { CmiotV2Transport } from './v2-transport';
import { arrearageUserInfo } from './wire-v2-group';

/** The China Mobile cards suspended for arrears (`cmiot.md` §2.2 API2022, v2). */
export class CmiotArrears {
  constructor(private readonly v2: CmiotV2Transport) {}

  /**
   * API2022 欠费停机用户批量查询: one page of the cards suspended for arrears. `pageNum` from 1,
   * `pageSize` 1..20 (§5); a page past the end is empty with `total` unchanged (§2.2 DECISION).
   */
  async page(pageNum: number, pageSize: number): Promise<ArrearsPage> {
    if (!Number.isInteger(pageNum) || pageNum < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > CMIOT_LIMITS.arrearsPage) {
      throw new RangeError(`arrearageuserinfo takes pageNum >= 1 and pageSize 1..${CMIOT_LIMITS.arrearsPage}`);
    }
    const answer = await this.v2.read('arrearageuserinfo', { pageSize: String(pageSize), pageNum: String(pageNum) });
    const page = toArrearsPage(firstResult(answer, arrearageUserInfo, 'v2/arrearageuserinfo'));
    if (!page) throw badResponse('v2/arrearageuserinfo');
    return page;
  }
}
