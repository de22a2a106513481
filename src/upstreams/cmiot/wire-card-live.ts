import { z } from 'zod';
import { batchItem } from './wire';

/**
 * CMIOT v5 live-data DTOs (`cmiot.md` §3.3). Codes and amounts stay strings as received;
 * numbers may also arrive as JSON numbers from other deployments, so amounts accept both.
 */

const amount = z.union([z.string(), z.number()]);
const text = z.string().optional();

/** `query/sim-card-info/batch` (25S05): items `{status,message,msisdn,iccid,imsi}`. */
export const simCardInfoItem = z.object(batchItem);
export type SimCardInfoItemDto = z.infer<typeof simCardInfoItem>;

/** `query/sim-data-usage-monthly/batch` (25U03). */
export const usageMonthly = z.object({
  deadLine: z.string().optional(),
  dataAmountList: z.array(z.object({ ...batchItem, dataAmount: amount.optional() })),
});
export type UsageMonthlyDto = z.infer<typeof usageMonthly>;

/** `query/last-position-location/batch` (25L03): empty strings when there is no fix. */
export const locationItem = z.object({ ...batchItem, lastTime: text, lastLat: amount.optional(), lastLon: amount.optional() });
export type LocationItemDto = z.infer<typeof locationItem>;

/** `query/sim-session` (25M01): `status` `00` offline, `01` online. */
export const simSession = z.object({
  simSessionList: z.array(
    z.object({ apnId: text, status: z.string(), ip: text, createDate: text, rat: z.string().optional() }),
  ),
});
export type SimSessionDto = z.infer<typeof simSession>;

/** `query/sim-stop-reason` (25S02), §3.7. */
export const simStopReason = z.object({ platformType: text, stopReason: z.string(), shutdownReasonDesc: text });
export type SimStopReasonDto = z.infer<typeof simStopReason>;

/** `query/sim-real-name-status` (23A10): `1` 已实名, `0` 未实名. */
export const simRealName = z.object({ realNameStatus: z.string(), reason: text, successTime: text });
export type SimRealNameDto = z.infer<typeof simRealName>;

/** `query/ordered-offerings` (23R00); `expiriedDate` is the platform's spelling. */
export const orderedOfferings = z.object({
  offeringInfoList: z.array(
    z.object({ offeringId: z.string(), offeringName: z.string(), effectiveDate: text, expiriedDate: text }),
  ),
});
export type OrderedOfferingsDto = z.infer<typeof orderedOfferings>;

/** `query/balance-info` (23B01): yuan as a decimal string. */
export const balanceInfo = z.object({ accountId: text, accountName: text, amount });
export type BalanceInfoDto = z.infer<typeof balanceInfo>;
