import { z } from 'zod';

/**
 * CMIOT wire DTOs (`cmiot.md` §1.1, §3). Codes stay strings exactly as received: PB `"07"` and
 * CT `"7"` are different states, and `Number()` would merge them (§6).
 */

export const envelope = z.object({
  status: z.string(),
  message: z.string(),
  result: z.array(z.unknown()),
});
export type EnvelopeDto = z.infer<typeof envelope>;

/** `ttl` is a numeric string on the wire, a number in some SDKs' reading: accept both (§3.2). */
export const tokenResult = z.object({ token: z.string().min(1), ttl: z.union([z.string(), z.number()]).optional() });

export const simStatus = z.object({ cardStatus: z.string(), lastChangeDate: z.string().optional() });
export type SimStatusDto = z.infer<typeof simStatus>;

/** `change/sim-status/batch` (23S06): `[{"jobId"}]`. */
export const batchJob = z.object({ jobId: z.string().min(1) });

/** `query/sim-batch-result` (23M10), `cmiot.md` §3.6. */
export const batchJobResult = z.object({
  jobStatus: z.string(),
  resultList: z
    .array(z.object({ status: z.string(), message: z.string(), resultType: z.string().optional(), resultId: z.string() }))
    .optional(),
});
export type BatchJobResultDto = z.infer<typeof batchJobResult>;

/**
 * Per-item fields of v5 batch answers, shared by every batch item schema: each item has its own
 * `status` (§7.6) and echoes the identifier it answers.
 */
export const batchItem = {
  status: z.string().optional(),
  message: z.string().optional(),
  msisdn: z.string().optional(),
  iccid: z.string().optional(),
  imsi: z.string().optional(),
};
