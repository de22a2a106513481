import { z } from 'zod';

/** Alipay `BillDownload` exactly as on the wire (`shingsou.md` §6.4.1): a short-lived URL. */
export const alipayBillDownloadResponse = z.object({
  billDownloadUrl: z.string().url(),
  expiresAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'an ISO-8601 time'),
});
export type AlipayBillDownloadDto = z.infer<typeof alipayBillDownloadResponse>;
