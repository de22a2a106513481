import {
  carrierFromShingsouOperator,
  detectCarrier,
  normalizeStatus,
  type Card,
  type CardInventory,
  type CardStatus,
  type NormalizeStatusOptions,
} from '../../domain';
import type { CardChangeOutcome, CardChangeRefusal } from '../../domain';
import type { FlowCardDto, FlowCardStatusDto, NetworkResultDto } from './wire';

/** Shingsou wire DTOs to domain objects, and nothing else (`shingsou.md` §5, §8.8). */

export function toCard(dto: FlowCardDto): Card {
  const iccid = dto.iccid.toUpperCase();
  const { carrier } = detectCarrier({ reported: carrierFromShingsouOperator(dto.operator), iccid, imsi: dto.imsi });
  return { iccid, msisdn: dto.msisdn || null, imsi: dto.imsi || null, carrier, inventory: toInventory(dto) };
}

/** The FlowCard's inventory fields; the DTO marks most optional, so absent reads as `null`. */
function toInventory(dto: FlowCardDto): CardInventory {
  return {
    type: dto.type ?? null,
    category: dto.category ?? null,
    tags: dto.tags ?? [],
    remark: dto.remark ?? null,
    packageName: dto.packageName ?? null,
    openedAt: dto.openedAt ?? null,
    activatedAt: dto.activatedAt ?? null,
    expiresAt: dto.expiresAt ?? null,
    realName: dto.realName ?? null,
  };
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

/**
 * The status a `flowcard-get` item carries: what the carrier said at `statusUpdatedAt` (§5.1),
 * normalized by the same table as a live `flowcard-status` answer. `null` without that time: a
 * reading of unknown age is not one.
 */
export function toStoredStatus(dto: FlowCardDto, options?: NormalizeStatusOptions): CardStatus | null {
  if (!dto.statusUpdatedAt) return null;
  const { cardNo, operator, status, statusName, statusUpdatedAt } = dto;
  return toCardStatus({ cardNo, operator, status, statusName, checkedAt: statusUpdatedAt }, options);
}

/** Per-card refusals of `flowcard-network` (`shingsou.md` §6.6, `card-status.md` §5.1). */
const REFUSALS: Readonly<Record<number, CardChangeRefusal>> = {
  10100: 'NOT_FOUND',
  10101: 'INVALID_STATE',
  10102: 'RESUME_NOT_ALLOWED',
  10103: 'COOLDOWN',
};

export function toChangeOutcome(dto: NetworkResultDto, operator: number | undefined, checkedAt: string): CardChangeOutcome {
  const status =
    dto.status !== null && operator !== undefined
      ? toCardStatus({ cardNo: dto.cardNo, operator, status: dto.status, statusName: dto.statusName ?? '', checkedAt })
      : undefined;
  return {
    requested: dto.cardNo,
    iccid: dto.iccid?.toUpperCase() ?? null,
    ok: dto.success,
    ...(dto.success ? {} : { refusal: REFUSALS[dto.code] ?? 'OTHER', upstreamCode: String(dto.code), upstreamMessage: dto.description }),
    ...(status ? { status } : {}),
  };
}
