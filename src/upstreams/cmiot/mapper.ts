import { Carrier, normalizeStatus, type CardStatus, type CmiotPlatform, type NormalizeStatusOptions } from '../../domain';
import type { SimStatusDto } from './wire';

/** CMIOT wire DTOs to domain objects, and nothing else (`cmiot.md` §6, `card-status.md` §4.6). */

export function toCardStatus(
  dto: SimStatusDto,
  checkedAt: string,
  platform?: CmiotPlatform | null,
  options?: NormalizeStatusOptions,
): CardStatus {
  // Any card CMIOT knows is a China Mobile card (card-status.md §7.4).
  return normalizeStatus({
    source: 'CMIOT_V5',
    carrier: Carrier.CHINA_MOBILE,
    code: dto.cardStatus,
    platform: platform ?? null,
    checkedAt,
    options,
  });
}
