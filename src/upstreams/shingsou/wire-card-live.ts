import { z } from 'zod';

/** Shingsou single-card live reads, exactly as on the wire (`shingsou.md` §5.2). */

/** `flowcard-data`: `totalKb`/`remainingKb` are `null` when the package has no quota. */
export const flowCardData = z.object({
  cardNo: z.string(),
  month: z.string(),
  usedKb: z.number(),
  totalKb: z.number().nullable(),
  remainingKb: z.number().nullable(),
  updatedAt: z.string(),
});
export type FlowCardDataDto = z.infer<typeof flowCardData>;

/** `flowcard-location`: every field but `cardNo` is `null` when there is no fix. */
export const flowCardLocation = z.object({
  cardNo: z.string(),
  lng: z.number().nullable(),
  lat: z.number().nullable(),
  accuracy: z.number().nullable(),
  at: z.string().nullable(),
});
export type FlowCardLocationDto = z.infer<typeof flowCardLocation>;

/** A `flowcard-get` page read for its `total` only (`pageSize=1`). */
export const flowCardTotal = z.object({ total: z.number().int().nonnegative() });
