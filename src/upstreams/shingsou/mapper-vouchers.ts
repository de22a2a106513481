import type { Voucher, VoucherRecharge } from '../../domain';
import type { DataCardDto, RechargeRecordDto } from './wire-vouchers';

/** DataCard DTOs to domain vouchers, and nothing else (`shingsou.md` §5.5). */

export function toVoucher(dto: DataCardDto): Voucher {
  return {
    id: dto.id,
    code: dto.code,
    faceValueFen: dto.faceValue,
    batchNo: dto.batchNo,
    status: dto.status,
    owner: dto.owner,
    expiresAt: dto.expiresAt,
    usedByCard: dto.usedByCardNo?.toUpperCase() ?? null,
    usedAt: dto.usedAt,
    createdAt: dto.createdAt,
  };
}

export function toVoucherRecharge(dto: RechargeRecordDto): VoucherRecharge {
  return { id: dto.id, code: dto.code, card: dto.cardNo?.toUpperCase() ?? null, faceValueFen: dto.faceValue, rechargedAt: dto.rechargedAt };
}
