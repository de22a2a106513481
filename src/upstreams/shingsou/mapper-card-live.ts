import type { CardLocation, CardUsage } from '../../domain';
import type { FlowCardDataDto, FlowCardLocationDto } from './wire-card-live';

/** Shingsou live-read DTOs to domain objects (`shingsou.md` §5.2), and nothing else. */

export function toUsage(dto: FlowCardDataDto): CardUsage {
  return {
    month: dto.month,
    usedKb: Math.round(dto.usedKb),
    quotaKb: dto.totalKb === null ? null : Math.round(dto.totalKb),
    remainingKb: dto.remainingKb === null ? null : Math.round(dto.remainingKb),
    asOf: dto.updatedAt,
    source: 'SHINGSOU',
  };
}

/** `null` when the card has no fix (all four fields `null`). */
export function toLocation(dto: FlowCardLocationDto): CardLocation | null {
  if (dto.lng === null || dto.lat === null) return null;
  return { lng: dto.lng, lat: dto.lat, accuracyM: dto.accuracy, at: dto.at, source: 'SHINGSOU' };
}
