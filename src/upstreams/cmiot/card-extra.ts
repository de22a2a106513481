import type { Card, CardDailyUsage, CmiotPlatform, Listing, PowerState } from '../../domain';
import { badResponse, firstResult } from './envelope';
import { byId, checkSize, parseItems, type PerId } from './card-live';
import { toDailyUsage, toGroupMembers, toPlatform, toPowerState } from './mapper-card-extra';
import { CMIOT_LIMITS } from './limits';
import type { CardSelector, CmiotTransport } from './transport';
import { groupMembers, onOffStatus, simPlatformItem, usageDaily } from './wire-card-extra';

/**
 * CMIOT v5 reads of China Mobile cards beyond the live data of `card-live.ts` (`cmiot.md` §3.3):
 * platform, power state, daily usage and group members. Batch reads map items back by the
 * echoed identifier, never by position (§8.6).
 */
export class CmiotCardExtra {
  constructor(private readonly transport: CmiotTransport) {}

  /** `query/sim-platform/batch` (25S06), ≤100 ICCIDs (§5). */
  async platforms(iccids: readonly string[]): Promise<PerId<CmiotPlatform>> {
    checkSize('query/sim-platform/batch', iccids, CMIOT_LIMITS.platform);
    const answer = await this.transport.read('query/sim-platform/batch', { iccids: iccids.join('_') });
    const items = parseItems(answer.result, simPlatformItem, 'query/sim-platform/batch');
    return byId(iccids, 'iccid', items, toPlatform);
  }

  /** `query/on-off-status` (25M00), single-card: the caller fans out (§8.8). */
  async powerState(card: CardSelector): Promise<PowerState> {
    const state = toPowerState(await this.transport.readOne('query/on-off-status', card, onOffStatus));
    if (state === undefined) throw badResponse('query/on-off-status');
    return state;
  }

  /**
   * `query/sim-data-usage-daily/batch` (25U01), ≤100 ICCIDs, `date` as `yyyy-MM-dd`, sent as
   * `queryDate` `yyyyMMdd`. The platform only answers the 7 days before today (§5).
   */
  async usageDaily(iccids: readonly string[], date: string): Promise<PerId<CardDailyUsage>> {
    checkSize('query/sim-data-usage-daily/batch', iccids, CMIOT_LIMITS.usageDaily);
    const params = { iccids: iccids.join('_'), queryDate: date.replace(/-/g, '') };
    const answer = await this.transport.read('query/sim-data-usage-daily/batch', params);
    const dto = firstResult(answer, usageDaily, 'query/sim-data-usage-daily/batch');
    return byId(iccids, 'iccid', dto.dataAmountList, (item) => toDailyUsage(item.dataAmount, date));
  }

  /** `query/group-member` (23E01): `page` from 1 (`startNum` is a page number), `pageSize` ≤50. */
  async groupMembers(groupId: string, page: number, pageSize: number): Promise<Listing<Card>> {
    if (pageSize < 1 || pageSize > CMIOT_LIMITS.groupMemberPage) {
      throw new RangeError(`query/group-member takes pages of 1 to ${CMIOT_LIMITS.groupMemberPage}`);
    }
    const params = { groupId, startNum: String(page), pageSize: String(pageSize) };
    const dto = await this.transport.readOne('query/group-member', params, groupMembers);
    const listing = toGroupMembers(dto);
    if (listing === undefined) throw badResponse('query/group-member');
    return listing;
  }
}
