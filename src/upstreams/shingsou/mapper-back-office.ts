import { shingsouOperatorFromCarrier, type CardImportReceipt, type CardImportRecord, type CardImportRow, type CardTransferRecord, type RealNameReceipt, type Taxon } from '../../domain';
import type { ImportReceiptDto, ImportRecordDto, RealityReceiptDto, TaxonDto, TransferRecordDto } from './wire-back-office';

/** Back-office DTOs to domain objects and back, and nothing else (`shingsou.md` §5.4). */

export function toTaxon(dto: TaxonDto): Taxon {
  return { id: dto.id, name: dto.name };
}

export function toTransferRecord(dto: TransferRecordDto): CardTransferRecord {
  return {
    transferId: dto.transferId,
    consignee: dto.consignee,
    count: dto.count,
    cards: dto.cardNos.map((no) => no.toUpperCase()),
    createdAt: dto.createdAt,
  };
}

export function toImportReceipt(dto: ImportReceiptDto): CardImportReceipt {
  return {
    importId: dto.importId,
    total: dto.total,
    succeeded: dto.succeeded,
    failed: dto.failed,
    errors: dto.errors.map((error) => ({ iccid: error.iccid.toUpperCase(), message: error.description })),
  };
}

export function toImportRecord(dto: ImportRecordDto): CardImportRecord {
  return { importId: dto.importId, total: dto.total, succeeded: dto.succeeded, failed: dto.failed, createdAt: dto.createdAt };
}

/** A row of `flowcard-import`: `operator` per §3, `imsi` omitted when unknown. */
export function toImportRowDto(row: CardImportRow): { iccid: string; msisdn: string; imsi?: string; operator: number } {
  return {
    iccid: row.iccid,
    msisdn: row.msisdn,
    ...(row.imsi ? { imsi: row.imsi } : {}),
    operator: shingsouOperatorFromCarrier(row.carrier),
  };
}

export function toRealNameReceipt(dto: RealityReceiptDto): RealNameReceipt {
  return { iccid: dto.cardNo.toUpperCase(), verified: dto.realName, verifiedAt: dto.verifiedAt };
}
