import { Carrier, parseCmiotPlatform, type Card, type CardDailyUsage, type CmiotPlatform, type Listing, type PowerState } from '../../domain';
import { kbAmount } from './mapper-card-live';
import type { GroupMembersDto, OnOffStatusDto, SimPlatformItemDto } from './wire-card-extra';

/** CMIOT platform, power-state, daily-usage and group DTOs to domain objects (`cmiot.md` §3.3). */

/** `undefined` when the value is neither `OneLink-PB` nor `OneLink-CT` (broken contract). */
export function toPlatform(dto: SimPlatformItemDto): CmiotPlatform | undefined {
  return dto.platformType === undefined ? undefined : parseCmiotPlatform(dto.platformType);
}

/** `1` 开机, `0` 关机 (§6.3); any other code is unreadable (`undefined`). */
export function toPowerState(dto: OnOffStatusDto): PowerState | undefined {
  const code = dto.status.trim();
  if (code === '1') return 'ON';
  if (code === '0') return 'OFF';
  return undefined;
}

/** `undefined` when the amount is unreadable; blank is 0 KB (§3.3 notes). */
export function toDailyUsage(dataAmount: string | number | undefined, date: string): CardDailyUsage | undefined {
  const kb = kbAmount(dataAmount);
  return kb === null ? undefined : { date, usedKb: kb };
}

/**
 * Group members as cards. Any card CMIOT lists is China Mobile (`card-status.md` §7.4); a member
 * without an ICCID cannot be a `Card` (the merge key) and is left out. `undefined` when
 * `totalCount` is unreadable.
 */
export function toGroupMembers(dto: GroupMembersDto): Listing<Card> | undefined {
  const total = Number(dto.totalCount);
  if (!Number.isSafeInteger(total) || total < 0) return undefined;
  const items = dto.memberList.flatMap((m) =>
    m.iccid ? [{ iccid: m.iccid.toUpperCase(), msisdn: m.msisdn || null, imsi: m.imsi || null, carrier: Carrier.CHINA_MOBILE }] : [],
  );
  return { items, total };
}
