import {
  carrierFromShingsouOperator,
  detectCarrier,
  normalizeStatus,
  type Card,
  type CardStatus,
  type NormalizeStatusOptions,
} from '../../domain';
import type { FlowCardDto, FlowCardStatusDto } from './wire';

/** Shingsou wire DTOs to domain objects, and nothing else (`shingsou.md` §5, §8.8). */

export function toCard(dto: FlowCardDto): Card {
  const iccid = dto.iccid.toUpperCase();
  const { carrier } = detectCarrier({ reported: carrierFromShingsouOperator(dto.operator), iccid, imsi: dto.imsi });
  return { iccid, msisdn: dto.msisdn || null, imsi: dto.imsi || null, carrier };
}

export function toCardStatus(dto: FlowCardStatusDto, options?: NormalizeStatusOptions): CardStatus {
  return normalizeStatus({
    source: 'SHINGSOU',
    carrier: carrierFromShingsouOperator(dto.operator),
    code: dto.status,
    checkedAt: dto.checkedAt,
    options,
  });
}
