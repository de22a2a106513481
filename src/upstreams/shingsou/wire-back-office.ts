import { z } from 'zod';
import { page } from './wire';

/** Card back-office DTOs exactly as on the wire (`shingsou.md` §5.1, §5.4). */

export const taxon = z.object({ id: z.number().int(), name: z.string() });
export const taxonPage = page(taxon);
export type TaxonDto = z.infer<typeof taxon>;

/** `flowcard-patch`: `{"updated":2,"notFound":["…"]}`. */
export const patchReceipt = z.object({ updated: z.number().int().nonnegative(), notFound: z.array(z.string()) });
export type PatchReceiptDto = z.infer<typeof patchReceipt>;

/** `flowcard-transfer`: `{"transferId":"T202405010001","count":2}`. */
export const transferReceipt = z.object({ transferId: z.string().min(1), count: z.number().int().nonnegative() });

export const transferRecord = z.object({
  transferId: z.string(),
  consignee: z.string(),
  count: z.number().int(),
  cardNos: z.array(z.string()),
  createdAt: z.string(),
});
export const transferHistoryPage = page(transferRecord);
export type TransferRecordDto = z.infer<typeof transferRecord>;

/** `flowcard-import`: per-row errors with the Chinese reason (卡号已存在). */
export const importReceipt = z.object({
  importId: z.string().min(1),
  total: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  errors: z.array(z.object({ iccid: z.string(), description: z.string() })),
});
export type ImportReceiptDto = z.infer<typeof importReceipt>;

export const importRecord = z.object({
  importId: z.string(),
  total: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  createdAt: z.string(),
});
export const importHistoryPage = page(importRecord);
export type ImportRecordDto = z.infer<typeof importRecord>;

/** `flowcard-reality`: `{"cardNo","realName":true,"verifiedAt"}`; nothing of the ID comes back. */
export const realityReceipt = z.object({ cardNo: z.string(), realName: z.boolean(), verifiedAt: z.string().nullable() });
export type RealityReceiptDto = z.infer<typeof realityReceipt>;
