import type { ArrearsPage, LifecycleCounts } from '../../domain';
import { isoOrNull } from './mapper-card-live';
import type { ArrearageUserInfoDto, CardCountDto } from './wire-v2-group';

/** CMIOT v2 customer-wide DTOs to domain objects (`cmiot.md` §2.2, §6.3). */

/** A count that is not a whole number is `null`: the caller reports a bad answer. */
function whole(value: string | number): number | null {
  const n = typeof value === 'number' ? value : Number(value.trim());
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

export function toArrearsPage(dto: ArrearageUserInfoDto): ArrearsPage | null {
  const total = whole(dto.arrearageUserInfo.total);
  if (total === null) return null;
  return {
    total,
    cards: dto.arrearageUserInfo.userInfos.map((u) => ({
      msisdn: u.msisdn,
      status: u.status,
      suspendedAt: isoOrNull(u.statusDate),
      listedAt: isoOrNull(u.currentDate),
    })),
  };
}

export function toLifecycleCounts(dto: CardCountDto): LifecycleCounts | null {
  const [normal, test, silent, other] = [dto.normalnum, dto.testnum, dto.sleepnum, dto.othernum].map(whole);
  if (normal == null || test == null || silent == null || other == null) return null;
  return { normal, test, silent, other };
}
